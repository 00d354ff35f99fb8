import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { WrongBook, WrongQuestion } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { OutcomeNotice } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { AnswerNote, OptionList } from '../quiz-take/QuestionCard'
import '../quiz-take/index.css'

/** One question to practise: pick, 确定, and the book comes back with the answer and why. */
function Practice({ q, screen, onDone }: { q: WrongQuestion; screen: Screen<WrongBook>; onDone: () => void }) {
  const [chosen, setChosen] = useState<number[]>([])
  const form = useSubmit({ staysOnScreen: true })
  const toggle = (i: number) =>
    setChosen(q.kind === 'multiple' ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i])
  const answer = () => {
    if (chosen.length === 0) return form.say('请先选择答案')
    void form.run(async () => {
      screen.replace(await callCloud('member', 'quiz.practice', { questionId: q.id, choice: chosen }))
      onDone()
    })
  }
  return (
    <Card>
      <View className="stack">
        <Text className="tag">{q.kindLabel}</Text>
        <Text className="quiz-stem">{q.stem}</Text>
        <OptionList kind={q.kind} options={q.options} chosen={chosen} mine={null} onToggle={toggle} />
        <OutcomeNotice form={form} />
        <Button kind="primary" block disabled={form.busy} onClick={answer}>
          确定
        </Button>
      </View>
    </Card>
  )
}

function BookBody({ data, screen }: { data: WrongBook; screen: Screen<WrongBook> }) {
  const [open, setOpen] = useState<string | null>(null)
  const p = data.practised
  return (
    <View className="stack">
      {p ? (
        <Card>
          <View className="stack">
            <Text className="quiz-stem">{p.stem}</Text>
            <OptionList kind={p.kind} options={p.options} chosen={[]} mine={p} onToggle={() => undefined} />
            <AnswerNote mine={p} />
            <Text className="text-secondary">{p.correct ? '这道题已从错题本中移出。' : '这道题还留在错题本里。'}</Text>
          </View>
        </Card>
      ) : null}
      {data.questions.length === 0 ? (
        <EmptyState title="错题本是空的" description="答错的题会自动放进这里；再练一次答对了，就会移出。" />
      ) : (
        <Section title={`还有${data.questions.length}道题要练`}>
          {data.questions.map((q) =>
            open === q.id ? (
              <Practice key={q.id} q={q} screen={screen} onDone={() => setOpen(null)} />
            ) : (
              <View key={q.id} className="quiz-missed stack">
                <Text className="quiz-paper__title">{q.stem}</Text>
                <Text className="text-secondary">
                  {q.kindLabel} · {q.topicLabel} · {q.missedOn}在“{q.missedIn}”中答错
                </Text>
                <Button block onClick={() => setOpen(q.id)}>
                  练一练
                </Button>
              </View>
            ),
          )}
        </Section>
      )}
    </View>
  )
}

/** 错题本: the questions I last answered wrong, to practise one by one. Mine alone. */
export default function WrongBookPage() {
  const screen = useScreen(() => callCloud('member', 'quiz.wrongBook', {}))
  return (
    <ScreenPage screen={screen} title="错题本" subtitle={() => '上次答错的题，练对了就移出'}>
      {(data) => <BookBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
