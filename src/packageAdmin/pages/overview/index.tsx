import { OfficerPlaceholder } from '@/components/OfficerPlaceholder'

const PLANNED = [
  '总览：各支部出勤、补学完成、党费收缴和学习记录情况，以及应开会议的完成情况',
  '组织与名册：组织架构、导入名册、任命支部书记',
  '发通知：面向全体或选定支部',
  '导出：支部工作手册台账（Excel）',
  '审计日志：每一次修改的人、内容和时间',
] as const

export default function AdminOverviewPage() {
  return <OfficerPlaceholder title="机关党委" roles={['admin']} planned={PLANNED} />
}
