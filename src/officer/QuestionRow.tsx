import { Text, View } from '@tarojs/components'
import { OPTION_LETTERS, type QuestionAdminView } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import './question.css'

/** One question of a bank as its keeper sees it: the answer, the source, and 编辑/停用 while in use. */
export function QuestionRow({
  q,
  showOwner = false,
  onEdit,
  onRetire,
}: {
  q: QuestionAdminView
  /** The office's bank names the branch that keeps a branch's question. */
  showOwner?: boolean
  onEdit: () => void
  onRetire: () => void
}) {
  return (
    <View className="quiz-bank__item">
      <View className="quiz-bank__tags">
        <Text className="tag">{q.kindLabel}</Text>
        <Text className="tag">{q.topicLabel}</Text>
        {showOwner && q.owner !== '机关党委' ? <Text className="tag">{q.owner}</Text> : null}
        {q.status === 'retired' ? <Text className="status-chip">{q.statusLabel}</Text> : null}
        {q.answered ? <Text className="text-secondary">已有人答过</Text> : null}
      </View>
      <Text className="quiz-bank__stem">{q.stem}</Text>
      {q.kind === 'judge'
        ? null
        : q.options.map((o, i) => (
            <Text key={i} className="text-secondary">
              {OPTION_LETTERS[i]}. {o}
            </Text>
          ))}
      <Text>正确答案：{q.answerWords}</Text>
      <Text className="text-secondary">出处：{q.source}</Text>
      {q.status === 'active' ? (
        <View className="spread-row">
          <Button onClick={onEdit}>编辑</Button>
          <Button onClick={onRetire}>停用</Button>
        </View>
      ) : null}
    </View>
  )
}
