import type { BureauStudy } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import { useRef } from 'react'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ReadingListEditor } from '@/components/ReadingListEditor'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { monthChoices, monthText, monthWord } from '@/study/days'
import { uploadStudyFile } from '@/study/upload'
import { BranchShares } from './BranchShares'
import './index.css'

/**
 * 学习情况 for the party office: per branch the share of members with a study record in the
 * month, in the organisation's order, and the bureau-wide reading list (add, edit, retire).
 */
export default function AdminStudyPage() {
  const month = useRef<string | undefined>(undefined)
  const thisMonth = useRef<string | null>(null)

  const screen = useScreen(async (): Promise<BureauStudy> => {
    const data = await callCloud('admin', 'study.overview', month.current ? { month: month.current } : {})
    if (!month.current) thisMonth.current = data.month
    return data
  })

  const showMonth = (chosen: string) => {
    month.current = chosen === thisMonth.current ? undefined : chosen
    void screen.reload()
  }

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(data) => {
          const current = thisMonth.current ?? data.month
          const word = monthWord(data.month, current)
          return (
            <View className="stack">
              <Text className="page-title">学习情况</Text>
              <Text className="page-subtitle">{monthText(data.month)}</Text>
              <ChoiceChips options={monthChoices(current)} value={data.month} onChange={showMonth} />
              <Card>
                <Text className="study-overview__bureau">
                  {data.bureauSharePercent === null
                    ? '名册中还没有党员'
                    : `全机关${data.bureauSharePercent}%的党员${word}有学习记录`}
                </Text>
              </Card>

              <Section title={`各支部${word}有学习记录的党员占比`}>
                <Text className="text-secondary">按组织顺序排列。点支部查看它的书目和每位党员是否有记录。</Text>
                {data.branches.length === 0 ? <EmptyState title="还没有支部" /> : null}
                <BranchShares branches={data.branches} />
              </Section>

              <ReadingListEditor
                title="机关党委书目"
                explain="这里的资料每个支部都能看到；支部也可以添加自己的。"
                listName="机关党委书目"
                items={data.items}
                month={data.month}
                upload={uploadStudyFile}
                onAdd={(fields) => callCloud('admin', 'studyItems.add', fields)}
                onEdit={(item, changes, reason) =>
                  callCloud('admin', 'studyItems.edit', { itemId: item.id, changes, reason })
                }
                onRetire={(item, reason) => callCloud('admin', 'studyItems.retire', { itemId: item.id, reason })}
                onSaved={() => void screen.reload()}
              />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
