import { Text, View } from '@tarojs/components'
import type { QuizFigures } from '@core/contract/quiz'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { OutcomeNotice } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import './index.css'

function FiguresBody({ data, screen }: { data: QuizFigures; screen: Screen<QuizFigures> }) {
  const choose = useSubmit({ staysOnScreen: true })
  const often = data.questions.filter((q) => q.often)
  if (!data.paper)
    return <EmptyState title="还没有测试" description="发布测试、有人作答后，这里显示每道题的错答比例。" />
  return (
    <View className="stack">
      <Section title="选择测试">
        <ChoiceChips
          column
          options={data.papers.map((p) => ({ value: p.id, label: `${p.title}（${p.from}，${p.stateLabel}）` }))}
          value={data.paper.id}
          onChange={(paperId) =>
            void choose.run(async () => screen.replace(await callCloud('admin', 'quiz.figures', { paperId })))
          }
        />
        <OutcomeNotice form={choose} />
      </Section>
      <Text className="text-secondary">{data.note}</Text>
      {often.length > 0 ? (
        <Section title="错答超过一半的题（可作为下次党课的内容）">
          {often.map((q) => (
            <Text key={q.id} className="quiz-figures__often">
              第{q.index}题 {q.stem}（{q.source}）
            </Text>
          ))}
        </Section>
      ) : null}
      <Section title={`每道题（共${data.questions.length}题）`}>
        {data.questions.map((q) => (
          <View key={q.id} className="quiz-figures__row">
            <Text className="quiz-figures__stem">
              第{q.index}题 {q.stem}
            </Text>
            <Text className="text-secondary">
              {q.kindLabel} · {q.topicLabel} · {q.source}
            </Text>
            <Text className={q.often ? 'quiz-figures__share quiz-figures__share--often' : 'quiz-figures__share'}>
              {q.words}
            </Text>
            {q.wrongShare !== null ? (
              <View className="quiz-figures__bar">
                <View className="quiz-figures__fill" style={{ width: `${q.wrongShare}%` }} />
              </View>
            ) : null}
          </View>
        ))}
      </Section>
    </View>
  )
}

/** 每题错答比例 (机关党委): across the bureau, anonymous, from 5 answers; for choosing the next 党课's topics. */
export default function QuizFiguresPage() {
  const screen = useScreen(() => callCloud('admin', 'quiz.figures', {}))
  return (
    <ScreenPage screen={screen} title="每题错答比例" subtitle={(d) => d.paper?.title ?? ''}>
      {(data) => <FiguresBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
