import { dayWords } from '@core/dates'
import { Text } from '@tarojs/components'
import { QUIZ_LIMITS, type QuizTopic } from '@core/contract/quiz'
import { CheckList } from '@/components/CheckList'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'

export interface QuizPaperInput {
  title: string
  topics: QuizTopic[]
  count: number
  openFrom: string
  openTo: string
}

/** The last day of the month of a `YYYY-MM-DD` day. */
function monthEnd(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`
}

/**
 * 发布测试: a title, the topics to draw from (with what the bank holds), how many questions and the
 * open period. Members are told in 通知; the office's and a branch's papers alike.
 */
export function QuizPublishSheet({
  today,
  topics,
  audience,
  onPublish,
  onCancel,
}: {
  today: string
  topics: Array<{ topic: QuizTopic; label: string; count: number }>
  /** Who will be told: `全机关党员` or `本支部党员`. */
  audience: string
  onPublish: (input: QuizPaperInput) => Promise<void>
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft(
    {
      title: `${Number(today.slice(5, 7))}月党纪党规知识测试`,
      topics: ['charter', 'discipline'] as QuizTopic[],
      count: '10',
      openFrom: today,
      openTo: monthEnd(today),
    },
    submit.errors,
  )
  const available = topics.filter((t) => draft.topics.includes(t.topic)).reduce((n, t) => n + t.count, 0)
  const send = async () => {
    const count = Number(draft.count)
    if (!Number.isInteger(count) || count < QUIZ_LIMITS.paperQuestionsMin || count > QUIZ_LIMITS.paperQuestionsMax) {
      submit.say(`题目数量应在${QUIZ_LIMITS.paperQuestionsMin}到${QUIZ_LIMITS.paperQuestionsMax}之间`, {
        count: '请填写数字',
      })
      return
    }
    if (draft.topics.length === 0) {
      submit.say('请至少选择一个专题', { topics: '请选择' })
      return
    }
    await submit.run(() => onPublish({ ...draft, title: draft.title.trim(), count }))
  }
  return (
    <FormSheet
      title="发布知识测试"
      intro={`从题库中按专题抽题，发布后${audience}会在“通知”里收到，在开放日期内作答。不计时，不与别人比较。`}
      form={submit}
      submitText="发布"
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <TextField
        label="测试名称"
        name="title"
        value={draft.title}
        error={submit.errors.title}
        maxlength={QUIZ_LIMITS.paperTitle}
        onChange={(t) => set('title', t)}
      />
      <Field label="从哪些专题抽题" error={submit.errors.topics}>
        <CheckList
          options={topics.map((t) => ({ value: t.topic, label: `${t.label}（题库中${t.count}题）` }))}
          values={draft.topics}
          onToggle={(v) =>
            set(
              'topics',
              draft.topics.includes(v as QuizTopic)
                ? draft.topics.filter((t) => t !== v)
                : [...draft.topics, v as QuizTopic],
            )
          }
        />
      </Field>
      <TextField
        label="题目数量"
        hint={`所选专题共${available}题可抽`}
        name="count"
        type="number"
        value={draft.count}
        error={submit.errors.count}
        onChange={(t) => set('count', t)}
      />
      <DateField
        label="开始日期"
        value={draft.openFrom}
        error={submit.errors.openFrom}
        text={dayWords(draft.openFrom)}
        start={today}
        onChange={(d) => set('openFrom', d)}
      />
      <DateField
        label="结束日期"
        value={draft.openTo}
        error={submit.errors.openTo}
        text={dayWords(draft.openTo)}
        start={draft.openFrom}
        onChange={(d) => set('openTo', d)}
      />
      <Text className="text-secondary">每人可以反复作答；各人答得怎样只有自己能看到。</Text>
    </FormSheet>
  )
}
