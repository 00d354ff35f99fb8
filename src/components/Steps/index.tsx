import { Text, View } from '@tarojs/components'
import './index.css'

/** One step of where a request stands: done (with its time), under way now, still to come, or sent back. */
export interface Step {
  label: string
  state: 'done' | 'now' | 'todo' | 'back'
  /** When it happened, in words (`12月5日 09:30`). */
  when?: string
  /** Who or why, in a short line under it. */
  note?: string
}

const MARKS: Record<Step['state'], string> = { done: '✓', now: '●', todo: '○', back: '✗' }

/** 办理进度: the steps of a request stacked one under another, each with its mark, words and time. */
export function Steps({ steps, title = '办理进度' }: { steps: Step[]; title?: string }) {
  return (
    <View className="steps" role="list" aria-label={title}>
      {steps.map((s) => (
        <View key={s.label} className={`steps__step steps__step--${s.state}`} role="listitem">
          <Text className="steps__mark">{MARKS[s.state]}</Text>
          <Text className="steps__label">{s.label}</Text>
          {s.when ? <Text className="steps__when">{s.when}</Text> : null}
          {s.note ? <Text className="steps__note">{s.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
