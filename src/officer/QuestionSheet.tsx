import { View } from '@tarojs/components'
import {
  JUDGE_OPTIONS,
  OPTION_LETTERS,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  QUIZ_LIMITS,
  QUIZ_TOPIC_LABELS,
  QUIZ_TOPICS,
  type QuestionAdminView,
  type QuestionKind,
  type QuizTopic,
} from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { CheckList } from '@/components/CheckList'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'

/** What a save sends: the office's `quiz.saveQuestion` and a branch's `quiz.saveBranchQuestion` alike. */
export interface QuestionSaveInput {
  questionId?: string
  kind: QuestionKind
  topic: QuizTopic
  stem: string
  options: string[]
  answer: number[]
  explanation: string
  source: string
}

interface Draft {
  kind: QuestionKind
  topic: QuizTopic
  stem: string
  options: string[]
  answer: number[]
  explanation: string
  source: string
}

/**
 * 新增 or 修改 a question: its kind, topic, words, options, the correct answer (required), why, and
 * where from. `onSave` makes the one call (the office's or the branch's) and takes its answer in.
 */
export function QuestionSheet({
  question,
  onSave,
  onCancel,
}: {
  question?: QuestionAdminView
  onSave: (input: QuestionSaveInput) => Promise<void>
  onCancel: () => void
}) {
  const submit = useSubmit({ problemOf: pointToFields })
  const { draft, set, setDraft } = useDraft<Draft>(
    {
      kind: question?.kind ?? 'single',
      topic: question?.topic ?? 'charter',
      stem: question?.stem ?? '',
      options: question && question.kind !== 'judge' ? question.options : ['', '', '', ''],
      answer: question?.answer ?? [],
      explanation: question?.explanation ?? '',
      source: question?.source ?? '',
    },
    submit.errors,
  )
  const options = draft.kind === 'judge' ? [...JUDGE_OPTIONS] : draft.options
  const letter = (i: number) => (draft.kind === 'judge' ? options[i]! : OPTION_LETTERS[i]!)
  const send = async () => {
    if (draft.answer.length === 0) {
      submit.say('请标出正确答案', { answer: '请选择正确答案' })
      return
    }
    await submit.run(() =>
      onSave({
        ...(question ? { questionId: question.id } : {}),
        ...draft,
        options: draft.kind === 'judge' ? [...JUDGE_OPTIONS] : draft.options.map((o) => o.trim()),
      }),
    )
  }
  return (
    <FormSheet
      title={question ? '修改题目' : '新增题目'}
      intro="每道题都要有正确答案和出处（条例和条款）。已发布的测试保留发布时的题目原文。"
      form={submit}
      submitText="保存"
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <Field label="题型">
        <ChoiceChips
          options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
          value={draft.kind}
          onChange={(k) => setDraft((d) => ({ ...d, kind: k, answer: [] }))}
        />
      </Field>
      <Field label="专题">
        <ChoiceChips
          options={QUIZ_TOPICS.map((t) => ({ value: t, label: QUIZ_TOPIC_LABELS[t] }))}
          value={draft.topic}
          onChange={(t) => set('topic', t)}
        />
      </Field>
      <Field label="题干" error={submit.errors.stem}>
        <TextBox
          name="stem"
          value={draft.stem}
          onChange={(t) => set('stem', t)}
          max={QUIZ_LIMITS.stem}
          lines={3}
          placeholder="如：预备党员的预备期为多长时间？"
        />
      </Field>
      {draft.kind === 'judge' ? null : (
        <View className="stack">
          {draft.options.map((o, i) => (
            <TextField
              key={i}
              label={`选项${OPTION_LETTERS[i]}`}
              name={`options.${i}`}
              value={o}
              error={submit.errors[`options.${i}`]}
              maxlength={QUIZ_LIMITS.option}
              onChange={(t) =>
                set(
                  'options',
                  draft.options.map((x, j) => (j === i ? t : x)),
                )
              }
            />
          ))}
          <View className="spread-row">
            <Button
              disabled={draft.options.length >= QUIZ_LIMITS.optionsMax}
              onClick={() => set('options', [...draft.options, ''])}
            >
              加一个选项
            </Button>
            <Button
              disabled={draft.options.length <= QUIZ_LIMITS.optionsMin}
              onClick={() =>
                setDraft((d) => ({
                  ...d,
                  options: d.options.slice(0, -1),
                  answer: d.answer.filter((a) => a < d.options.length - 1),
                }))
              }
            >
              去掉最后一个
            </Button>
          </View>
        </View>
      )}
      <Field label={draft.kind === 'multiple' ? '正确答案（可选多个）' : '正确答案'} error={submit.errors.answer}>
        {draft.kind === 'multiple' ? (
          <CheckList
            options={options.map((_o, i) => ({ value: String(i), label: letter(i) }))}
            values={draft.answer.map(String)}
            onToggle={(v) =>
              set(
                'answer',
                draft.answer.includes(Number(v))
                  ? draft.answer.filter((a) => a !== Number(v))
                  : [...draft.answer, Number(v)].sort((a, b) => a - b),
              )
            }
          />
        ) : (
          <ChoiceChips
            options={options.map((_o, i) => ({ value: String(i), label: letter(i) }))}
            value={draft.answer.length === 1 ? String(draft.answer[0]) : null}
            onChange={(v) => set('answer', [Number(v)])}
          />
        )}
      </Field>
      <Field label="解析" error={submit.errors.explanation}>
        <TextBox
          name="explanation"
          value={draft.explanation}
          onChange={(t) => set('explanation', t)}
          max={QUIZ_LIMITS.explanation}
          lines={3}
          placeholder="答完后给党员看的说明"
        />
      </Field>
      <TextField
        label="出处"
        name="source"
        value={draft.source}
        error={submit.errors.source}
        maxlength={QUIZ_LIMITS.source}
        placeholder="如：《中国共产党章程》第七条"
        onChange={(t) => set('source', t)}
      />
    </FormSheet>
  )
}
