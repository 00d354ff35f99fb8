import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DevelopBureau } from '@core/contract/develop'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { openExport } from '../../services/open-export'

function Body({ data }: { data: DevelopBureau }) {
  const tap = useSubmit({ staysOnScreen: true })
  const [made, setMade] = useState<string | null>(null)
  const stageWords = (counts: Record<string, number>) =>
    data.stages.map((s) => `${s.label}${counts[s.stage]}`).join(' · ')
  const f = data.figures
  const exportYear = () =>
    void tap.run(async () => {
      const link = await callCloud('admin', 'develop.export', { year: data.year })
      setMade(link.fileName)
      await openExport(link)
    })
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      {made ? <Notice kind="success">{`已导出《${made}》，导出已记入审计日志。`}</Notice> : null}
      <Card>
        <View className="stack">
          <Text className="page-title">{data.year}年发展党员工作</Text>
          <Text>
            确定入党积极分子{f.activists}人，确定发展对象{f.candidates}人，接收预备党员{f.admitted}人，预备党员转正
            {f.full}人
          </Text>
          <Text className="text-secondary">正在培养：{stageWords(data.total)}（人）</Text>
          <Button kind="primary" block loading={tap.busy} onClick={exportYear}>
            导出本年度发展党员情况（Excel）
          </Button>
        </View>
      </Card>
      <Section title="本月要办">
        {data.dueThisMonth.length === 0 ? (
          <Text className="text-secondary">本月没有到期的事项。</Text>
        ) : (
          data.dueThisMonth.map((d) => (
            <EntryRow
              key={`${d.personId}-${d.kind}`}
              title={`${d.branchName} ${d.name}`}
              value={`${d.label}：${d.words}`}
              url={`/packageSecretary/pages/develop-person/index?id=${encodeURIComponent(d.personId)}`}
            />
          ))
        )}
      </Section>
      <Section title="各支部（按组织顺序）">
        {data.branches.map((b) => (
          <EntryRow
            key={b.branchId}
            title={`${b.name}（${b.total}人）`}
            value={b.total === 0 ? '暂无' : stageWords(b.counts)}
            onClick={() =>
              void Taro.navigateTo({
                url: `/packageSecretary/pages/develop/index?branchId=${encodeURIComponent(b.branchId)}`,
              })
            }
          />
        ))}
      </Section>
      <Text className="text-secondary">备案、预审、审批由机关党委在发展对象的页面上记录。</Text>
    </View>
  )
}

/** 机关党委 → 党员发展: each branch's people per stage, this month's deadlines, the year's Excel. */
export default function DevelopBureauPage() {
  const screen = useScreen(() => callCloud('admin', 'develop.bureau', {}))
  return (
    <ScreenPage screen={screen} title="党员发展" subtitle={(d) => `全机关 · ${d.year}年`}>
      {(data) => <Body data={data} />}
    </ScreenPage>
  )
}
