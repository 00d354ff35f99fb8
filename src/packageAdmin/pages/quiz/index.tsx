import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PaperSummary, QuestionAdminView, QuizBank } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { OutcomeNotice } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { Fold } from '@/fold/Fold'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { QuestionRow } from '@/officer/QuestionRow'
import { QuestionSheet, type QuestionSaveInput } from '@/officer/QuestionSheet'
import { QuizPublishSheet } from '@/officer/QuizPublishSheet'
import { callCloud } from '@/services/cloud'
import { confirmDialog } from '@/services/dialog'
import './index.css'

type Open = null | { kind: 'publish' } | { kind: 'add' } | { kind: 'edit'; question: QuestionAdminView }

interface BankFold {
  key: string
  title: string
  questions: QuestionAdminView[]
}

/**
 * The bank folded: the office's questions in use under each topic (its count the topic's figure in
 * the heading's sum), then the branches' own, then the retired; empty parts are left out.
 */
function bankFolds(data: QuizBank): BankFold[] {
  const office = (q: QuestionAdminView) => q.owner === '机关党委'
  const active = data.questions.filter((q) => q.status === 'active')
  return [
    ...data.topics.map((t) => ({
      key: t.topic,
      title: t.label,
      questions: active.filter((q) => office(q) && q.topic === t.topic),
    })),
    { key: 'branch', title: '支部自有题目', questions: active.filter((q) => !office(q)) },
    { key: 'retired', title: '已停用', questions: data.questions.filter((q) => q.status === 'retired') },
  ].filter((f) => f.questions.length > 0)
}

function paperRow(p: PaperSummary) {
  return (
    <View key={p.id} className="spread-row quiz-bank__paper">
      <Text>
        {p.title}（{p.from}）
      </Text>
      <Text className="text-secondary">
        {p.periodWords} · {p.stateLabel}
      </Text>
    </View>
  )
}

function BankBody({ data, screen }: { data: QuizBank; screen: Screen<QuizBank> }) {
  // Papers in progress or to come stay in sight; ended ones fold away under their count.
  const ended = data.papers.filter((p) => p.state === 'closed')
  const [open, setOpen] = useState<Open>(null)
  const retire = useSubmit({ staysOnScreen: true })
  const done = (bank: QuizBank) => {
    screen.replace(bank)
    setOpen(null)
  }
  const save = async (input: QuestionSaveInput) => done(await callCloud('admin', 'quiz.saveQuestion', input))
  const retireOne = async (q: QuestionAdminView) => {
    const confirm = await confirmDialog({
      title: '停用这道题？',
      content: '停用后不再抽到这道题；已有的作答记录都保留。',
      confirmText: '停用',
      cancelText: '不停用',
    })
    if (confirm) {
      await retire.run(async () =>
        screen.replace(await callCloud('admin', 'quiz.retireQuestion', { questionId: q.id })),
      )
    }
  }
  return (
    <View className="stack">
      <Button kind="primary" block onClick={() => setOpen({ kind: 'publish' })}>
        发布全机关测试
      </Button>
      <View className="quiz-bank__actions">
        <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/quiz-figures/index' })}>
          每题错答比例
        </Button>
        <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/quiz-import/index' })}>导入题目</Button>
        <Button onClick={() => setOpen({ kind: 'add' })}>新增题目</Button>
      </View>
      {data.papers.length > 0 ? (
        <Section title="已发布的测试">
          {data.papers.filter((p) => p.state !== 'closed').map(paperRow)}
          {ended.length > 0 ? (
            <Fold title="已结束的测试" summary={`${ended.length}份`}>
              {ended.map(paperRow)}
            </Fold>
          ) : null}
        </Section>
      ) : null}
      <Section title={`题库（在用${data.officeCount}题）`}>
        {data.branchOwnCount > 0 ? (
          <Text className="text-secondary">
            另有支部自有{data.branchOwnCount}题，由各支部维护，只用于本支部的测试。
          </Text>
        ) : null}
        <OutcomeNotice form={retire} />
        {bankFolds(data).map((fold) => (
          <Fold key={fold.key} title={fold.title} summary={`${fold.questions.length}题`}>
            {fold.questions.map((q) => (
              <QuestionRow
                key={q.id}
                q={q}
                showOwner
                onEdit={() => setOpen({ kind: 'edit', question: q })}
                onRetire={() => void retireOne(q)}
              />
            ))}
          </Fold>
        ))}
      </Section>
      {open?.kind === 'publish' ? (
        <QuizPublishSheet
          today={data.today}
          topics={data.topics}
          audience="全机关党员"
          onCancel={() => setOpen(null)}
          onPublish={async (input) => done(await callCloud('admin', 'quiz.publish', input))}
        />
      ) : null}
      {open?.kind === 'add' ? <QuestionSheet onSave={save} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? (
        <QuestionSheet question={open.question} onSave={save} onCancel={() => setOpen(null)} />
      ) : null}
    </View>
  )
}

/** 知识测试 (机关党委): the bank — add, edit, retire, import — and publishing a paper. */
export default function AdminQuizPage() {
  const screen = useScreen(() => callCloud('admin', 'quiz.bank', {}))
  return (
    <ScreenPage screen={screen} title="党纪党规知识测试" subtitle={() => '题库与测试'}>
      {(data) => <BankBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
