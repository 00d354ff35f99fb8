import { Text, View } from '@tarojs/components'
import { OPTION_LETTERS, type MyAnswerView } from '@core/contract/quiz'
import './index.css'

interface Props {
  kind: 'single' | 'multiple' | 'judge'
  options: string[]
  /** The options chosen before 确定; once answered, the member's answer. */
  chosen: number[]
  mine: MyAnswerView | null
  onToggle: (i: number) => void
}

/** The options as large tap targets; once answered, which was right and which was mine. */
export function OptionList({ kind, options, chosen, mine, onToggle }: Props) {
  return (
    <View className="quiz-options">
      {options.map((text, i) => {
        const picked = mine ? mine.choice.includes(i) : chosen.includes(i)
        const right = mine ? mine.answer.includes(i) : false
        const state = !mine ? (picked ? 'on' : '') : right ? 'right' : picked ? 'wrong' : ''
        const mark = !mine ? (picked ? '✓' : kind === 'multiple' ? '□' : '○') : right ? '✓' : picked ? '✗' : ''
        return (
          <View
            key={i}
            className={`quiz-option ${state ? `quiz-option--${state}` : ''}`}
            onClick={() => (mine ? undefined : onToggle(i))}
          >
            <Text className="quiz-option__mark">{mark}</Text>
            <Text className="quiz-option__text">{kind === 'judge' ? text : `${OPTION_LETTERS[i]}. ${text}`}</Text>
          </View>
        )
      })}
    </View>
  )
}

/** Right or wrong, the correct answer and why: shown the moment the member answers. */
export function AnswerNote({ mine }: { mine: MyAnswerView }) {
  return (
    <View className={`quiz-note ${mine.correct ? 'quiz-note--right' : 'quiz-note--wrong'}`}>
      <Text className="quiz-note__verdict">{mine.correct ? '✓ 答对了' : '✗ 答错了'}</Text>
      <Text>
        正确答案：{mine.answerWords}
        {mine.correct ? '' : `，您的答案：${mine.choiceWords}`}
      </Text>
      {mine.explanation ? <Text>解析：{mine.explanation}</Text> : null}
      <Text className="text-secondary">出处：{mine.source}</Text>
    </View>
  )
}
