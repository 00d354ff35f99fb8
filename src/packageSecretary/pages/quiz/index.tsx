import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QuestionAdminView, QuizBranchPage } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { OutcomeNotice } from '@/components/FormSheet'
import { QuestionRow } from '@/officer/QuestionRow'
import { QuestionSheet, type QuestionSaveInput } from '@/officer/QuestionSheet'
import { QuizPublishSheet } from '@/officer/QuizPublishSheet'
import { callCloud } from '@/services/cloud'
import { confirmDialog } from '@/services/dialog'
import './index.css'

type Editing = null | { question?: QuestionAdminView }

/** 本支部题目: the branch's own questions (its papers draw them beside the office's), added, edited, retired. */
function OwnQuestions({ data, screen }: { data: QuizBranchPage; screen: Screen<QuizBranchPage> }) {
  const [editing, setEditing] = useState<Editing>(null)
  const retire = useSubmit({ staysOnScreen: true })
  const branchId = data.branchId
  const inUse = data.ownQuestions.filter((q) => q.status === 'active').length
  const save = async (input: QuestionSaveInput) => {
    screen.replace(await callCloud('secretary', 'quiz.saveBranchQuestion', { ...input, branchId }))
    setEditing(null)
  }
  const retireOne = async (q: QuestionAdminView) => {
    const confirm = await confirmDialog({
      title: '停用这道题？',
      content: '停用后不再抽到这道题；已有的作答记录都保留。',
      confirmText: '停用',
      cancelText: '不停用',
    })
    if (confirm) {
      await retire.run(async () =>
        screen.replace(await callCloud('secretary', 'quiz.retireBranchQuestion', { questionId: q.id, branchId })),
      )
    }
  }
  return (
    <Section title={`本支部题目（在用${inUse}题）`}>
      <Text className="text-secondary">
        支部发布测试时，从机关党委题库（在用{data.officeCount}题）和本支部题目中抽题。机关党委的题目由机关党委维护。
      </Text>
      <Button block onClick={() => setEditing({})}>
        新增题目
      </Button>
      <OutcomeNotice form={retire} />
      {data.ownQuestions.length === 0 ? (
        <EmptyState title="还没有本支部的题目" description="可以把支部学过的内容出成题目，发布支部测试时一起抽取。" />
      ) : (
        data.ownQuestions.map((q) => (
          <QuestionRow key={q.id} q={q} onEdit={() => setEditing({ question: q })} onRetire={() => void retireOne(q)} />
        ))
      )}
      {editing ? <QuestionSheet question={editing.question} onSave={save} onCancel={() => setEditing(null)} /> : null}
    </Section>
  )
}

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
            {/* Title, dates and questions, counts, note: each on its own line, not one run-on line. */}
            <View className="stack quiz-branch__summary">
              <Text className="quiz-branch__paper">{data.paper.title}</Text>
              <Text className="text-secondary">
                {data.paper.periodWords} · {data.paper.questionCount}题
              </Text>
              <Text className="quiz-branch__count">{data.takenWords}</Text>
              <Text className="text-secondary">只显示是否答完，每人答得怎样只有本人能看到。</Text>
            </View>
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
      <OwnQuestions data={data} screen={screen} />
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

/** 知识测试 (书记): publish a branch paper; who of the branch has taken each paper, yes or no; 本支部题目. */
export default function SecretaryQuizPage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'quiz.branch', branchId ? { branchId } : {}))
  return (
    <ScreenPage screen={screen} title="知识测试" subtitle={(d) => d.branchName}>
      {(data) => <BranchBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
