import { OfficerPlaceholder } from '@/components/OfficerPlaceholder'

const PLANNED = [
  '支部概览：成员绑定情况、本月活动、党费收缴、待我处理的事',
  '成员：发放绑定码，查看出勤、补学、学习记录和党费',
  '活动安排：固定学习日、党员集中活动日和三会一课',
  '活动现场：签到二维码和实时名单',
  '补学审核、党费确认、发通知、学习资料',
] as const

export default function SecretaryOverviewPage() {
  return <OfficerPlaceholder title="支部管理" roles={['secretary', 'admin']} planned={PLANNED} />
}
