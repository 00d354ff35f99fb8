import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QuizBranchPage } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { OutcomeNotice } from '@/components/FormSheet'
import { QuizPublishSheet } from '@/officer/QuizPublishSheet'
import { callCloud } from '@/services/cloud'
import './index.css'

function BranchBody({ data, screen }: { data: QuizBranchPage; screen: Screen<QuizBranchPage> }) {
  const [publishing, setPublishing] = useState(false)
  const choose = useSubmit({ staysOnScreen: true })
  const branchId = data.branchId
  const show = (paperId: string) =>
    void choose.run(async () => screen.replace(await callCloud('secretary', 'quiz.branch', { paperId, branchId })))
  return (
    <View className="stack">
      <Button kind="primary" block onClick={() => setPublishing(true)}>
        发布支部测试
      </Button>
      {data.papers.length === 0 ? (
        <EmptyState title="还没有测试" description="机关党委发布的测试和支部自己发布的测试都会列在这里。" />
      ) : (
        <Section title="选择测试">
          <ChoiceChips
            column
            options={data.papers.map((p) => ({ value: p.id, label: `${p.title}（${p.from}，${p.stateLabel}）` }))}
            value={data.paper?.id ?? null}
            onChange={show}
          />
          <OutcomeNotice form={choose} />
        </Section>
      )}
      {data.paper ? (
        <Section title="谁已完成">
          <Card>
            <Text className="quiz-branch__paper">{data.paper.title}</Text>
            <Text className="text-secondary">
              {data.paper.periodWords} · {data.paper.questionCount}题
            </Text>
            <Text className="quiz-branch__count">{data.takenWords}</Text>
            <Text className="text-secondary">只显示是否答完，每人答得怎样只有本人能看到。</Text>
          </Card>
          {data.members.map((m) => (
            <View key={m.id} className="spread-row quiz-branch__row">
              <Text className="quiz-branch__name">{m.name}</Text>
              <Text className={m.taken ? 'status-chip status-chip--success' : 'status-chip'}>
                {m.taken ? '✓ 已完成' : '○ 未完成'}
              </Text>
            </View>
          ))}
        </Section>
      ) : null}
      {publishing ? (
        <QuizPublishSheet
          today={data.today}
          topics={data.topics}
          audience="本支部党员"
          onCancel={() => setPublishing(false)}
          onPublish={async (input) => {
            screen.replace(await callCloud('secretary', 'quiz.publishBranch', { ...input, branchId }))
            setPublishing(false)
          }}
        />
      ) : null}
    </View>
  )
}

/** 知识测试 (书记): publish a branch paper; who of the branch has taken each paper, yes or no. */
export default function SecretaryQuizPage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'quiz.branch', branchId ? { branchId } : {}))
  return (
    <ScreenPage screen={screen} title="知识测试" subtitle={(d) => d.branchName}>
      {(data) => <BranchBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
