import type { StudyEntry } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { entryMeta } from '@/study/words'

export interface EntryCardProps {
  entry: StudyEntry
  busy: boolean
  onCorrect: (entry: StudyEntry) => void
  onWithdraw: (entry: StudyEntry) => void
}

/** One of my check-ins; on the day I made it, I can correct or withdraw it. */
export function EntryCard({ entry, busy, onCorrect, onWithdraw }: EntryCardProps) {
  return (
    <View className="panel panel--column study-entry">
      <Text className="study-entry__title">{entry.title}</Text>
      <Text className="study-entry__meta">{entryMeta(entry)}</Text>
      {entry.reflection ? <Text className="study-entry__reflection">心得：{entry.reflection}</Text> : null}
      {entry.editable ? (
        <View className="row row--spaced">
          <Button block disabled={busy} onClick={() => onCorrect(entry)}>
            修改
          </Button>
          <Button block loading={busy} onClick={() => onWithdraw(entry)}>
            撤回
          </Button>
        </View>
      ) : null}
    </View>
  )
}
