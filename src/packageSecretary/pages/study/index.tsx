import { useRouter } from '@tarojs/taro'
import type { BranchStudy } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ReadingListEditor } from '@/components/ReadingListEditor'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { monthChoices, monthText, monthWord } from '@/study/days'
import { uploadStudyFile } from '@/study/upload'
import { scopeText } from '@/study/words'
import { MemberStudy } from './MemberStudy'
import './index.css'

const VIEWS: Choice<'members' | 'items'>[] = [
  { value: 'members', label: '党员学习情况' },
  { value: 'items', label: '书目' },
]

/**
 * 学习资料: the branch's reading list (its own items can be added, edited and retired) and, per
 * member, only whether there is a study record in the month and which items are done. No
 * counts, minutes or order by activity: completeness, never performance.
 */
export default function SecretaryStudyPage() {
  // Admins arrive with a branch; a secretary's own branch is the server's default.
  const { branchId } = useRouter().params
  const month = useRef<string | undefined>(undefined)
  const thisMonth = useRef<string | null>(null)
  const [view, setView] = useState<'members' | 'items'>('members')

  const screen = useScreen(async (): Promise<BranchStudy | null> => {
    try {
      const data = await callCloud('secretary', 'study.branch', {
        ...(branchId ? { branchId } : {}),
        ...(month.current ? { month: month.current } : {}),
      })
      if (!month.current) thisMonth.current = data.month
      return data
    } catch (thrown) {
      // An admin on no roster has no branch of their own.
      if (!branchId && asCloudError(thrown).fields?.branchId) return null
      throw thrown
    }
  })

  const showMonth = (chosen: string) => {
    month.current = chosen === thisMonth.current ? undefined : chosen
    void screen.reload()
  }

  const target = branchId ? { branchId } : {}
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(data) => {
          if (!data) {
            return (
              <EmptyState title="您不在任何支部的名册中" description="请在机关党委的“学习情况”中选择一个支部查看。" />
            )
          }
          const current = thisMonth.current ?? data.month
          const word = monthWord(data.month, current)
          return (
            <View className="stack">
              <Text className="page-title">学习资料</Text>
              <Text className="page-subtitle">{data.branch.name}</Text>
              <ChoiceChips options={VIEWS} value={view} onChange={setView} />

              {view === 'members' ? (
                <Section title={`党员学习情况（${monthText(data.month)}）`}>
                  <ChoiceChips options={monthChoices(current)} value={data.month} onChange={showMonth} />
                  <Text className="text-secondary">
                    只看每位党员{word}有没有学习记录、学完了哪些书目，不看次数和时长。
                  </Text>
                  {data.members.length === 0 ? <EmptyState title="名册中还没有党员" /> : null}
                  {data.members.map((member) => (
                    <MemberStudy key={member.memberId} member={member} items={data.items} monthWord={word} />
                  ))}
                </Section>
              ) : (
                <ReadingListEditor
                  title="书目"
                  explain="本支部添加的可以修改、停用；机关党委下发的由机关党委维护。"
                  listName="本支部书目"
                  items={data.items}
                  month={data.month}
                  stateOf={scopeText}
                  upload={uploadStudyFile}
                  onAdd={(fields) => callCloud('secretary', 'studyItems.add', { ...target, ...fields })}
                  onEdit={(item, changes, reason) =>
                    callCloud('secretary', 'studyItems.edit', { itemId: item.id, changes, reason })
                  }
                  onRetire={(item, reason) => callCloud('secretary', 'studyItems.retire', { itemId: item.id, reason })}
                  onSaved={() => void screen.reload()}
                />
              )}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
