import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QuizTake } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { OutcomeNotice } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { AnswerNote, OptionList } from './QuestionCard'
import './index.css'

/** The end of a paper: how I did (mine alone), the ones I missed, 学习打卡 as I choose, 重新作答. */
function Result({ data, screen, goTo }: { data: QuizTake; screen: Screen<QuizTake>; goTo: (i: number) => void }) {
  const form = useSubmit({ staysOnScreen: true })
  const paperId = data.paper.id
  const missed = data.questions.map((q, i) => ({ q, i })).filter(({ q }) => q.mine && !q.mine.correct)
  const checkIn = () => form.run(async () => screen.replace(await callCloud('member', 'quiz.checkIn', { paperId })))
  const retake = () =>
    form.run(async () => {
      screen.replace(await callCloud('member', 'quiz.retake', { paperId }))
      goTo(0)
    })
  return (
    <View className="stack">
      <Card>
        <View className="stack">
          <Text className="quiz-result">{data.attempt?.words}</Text>
          <Text className="text-secondary">只有您自己能看到。</Text>
        </View>
      </Card>
      {missed.length > 0 ? (
        <Section title="答错的题">
          <Text className="text-secondary">已放进错题本，可以随时再练。</Text>
          {missed.map(({ q, i }) => (
            <View key={q.id} className="quiz-missed" onClick={() => goTo(i)}>
              <Text>
                第{i + 1}题 {q.stem}
              </Text>
            </View>
          ))}
        </Section>
      ) : null}
      <OutcomeNotice form={form} />
      {data.attempt?.checkedIn ? <Notice kind="success">已记入学习记录</Notice> : null}
      {data.canCheckIn ? (
        <Button block disabled={form.busy} onClick={() => void checkIn()}>
          记入我的学习记录
        </Button>
      ) : null}
      {missed.length > 0 ? (
        <Button block onClick={() => void Taro.navigateTo({ url: '/packageMember/pages/quiz-wrong/index' })}>
          去错题本练一练
        </Button>
      ) : null}
      {data.canRetake ? (
        <Button block disabled={form.busy} onClick={() => void retake()}>
          重新作答
        </Button>
      ) : null}
    </View>
  )
}

function TakeBody({ data, screen }: { data: QuizTake; screen: Screen<QuizTake> }) {
  const total = data.questions.length
  const done = data.attempt?.done ?? false
  const [index, setIndex] = useState(done ? total : data.resumeAt)
  const [chosen, setChosen] = useState<number[]>([])
  const form = useSubmit({ staysOnScreen: true })
  const goTo = (i: number) => {
    setChosen([])
    form.say('', {}, 'info')
    setIndex(i)
  }
  if (total === 0) return <Notice kind="info">{data.blocked ?? '这次测试没有题目'}</Notice>
  if (index >= total) return <Result data={data} screen={screen} goTo={goTo} />
  const q = data.questions[index]!
  const toggle = (i: number) =>
    setChosen(q.kind === 'multiple' ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i])
  const answer = () => {
    if (chosen.length === 0) return form.say('请先选择答案')
    void form.run(async () => {
      screen.replace(
        await callCloud('member', 'quiz.answer', { paperId: data.paper.id, questionId: q.id, choice: chosen }),
      )
      setChosen([])
    })
  }
  const last = index === total - 1
  return (
    <View className="stack">
      <View className="quiz-head">
        <Text className="tag">
          第{index + 1}题 / 共{total}题
        </Text>
        <Text className="tag">{q.kindLabel}</Text>
      </View>
      <Text className="quiz-stem">{q.stem}</Text>
      {q.kind === 'multiple' && !q.mine ? <Text className="text-secondary">多选题：选出所有正确的选项</Text> : null}
      <OptionList kind={q.kind} options={q.options} chosen={chosen} mine={q.mine} onToggle={toggle} />
      {form.outcome?.message ? <OutcomeNotice form={form} /> : null}
      {q.mine ? <AnswerNote mine={q.mine} /> : null}
      {!q.mine && data.canAnswer ? (
        <Button kind="primary" block disabled={form.busy} onClick={answer}>
          确定
        </Button>
      ) : null}
      {!q.mine && !data.canAnswer && data.blocked ? <Notice kind="info">{data.blocked}</Notice> : null}
      <View className="quiz-nav">
        {index > 0 ? (
          <View className="quiz-nav__item">
            <Button block onClick={() => goTo(index - 1)}>
              上一题
            </Button>
          </View>
        ) : null}
        {q.mine || !data.canAnswer ? (
          <View className="quiz-nav__item">
            <Button block kind={q.mine ? 'primary' : 'plain'} onClick={() => goTo(index + 1)}>
              {last ? (done ? '看结果' : '完成') : '下一题'}
            </Button>
          </View>
        ) : null}
      </View>
    </View>
  )
}

/** One paper, one question a screen, no timer: each answer saved at once, the explanation right after. */
export default function QuizTakePage() {
  const { id = '' } = useRouter().params
  const screen = useScreen(() => callCloud('member', 'quiz.take', { paperId: id }))
  return (
    <ScreenPage
      screen={screen}
      title={(d) => d.paper.title}
      subtitle={(d) => `${d.paper.periodWords}开放 · ${d.promise}`}
    >
      {(data) => <TakeBody key={data.paper.id} data={data} screen={screen} />}
    </ScreenPage>
  )
}
