import type { ActivitySummary } from '@core/contract/activity-views'
import { LIMITS } from '@core/activity/limits'
import { inChina } from '@core/dates'
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Field, fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { Sheet } from '@/components/Sheet'
import { SheetActions } from '@/components/SheetActions'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { TimesAndPlace } from './TimesAndPlace'

export interface MoveSheetProps {
  activity: ActivitySummary
  onMoved: () => void
  onCancel: () => void
}

/** Moves one month's activity (a holiday, a meeting upstairs) with a reason; the rule stays. */
export function MoveSheet({ activity, onMoved, onCancel }: MoveSheetProps) {
  const start = inChina(activity.startAt)
  const [date, setDate] = useState(start.format('YYYY-MM-DD'))
  const [startTime, setStart] = useState(start.format('HH:mm'))
  const [endTime, setEnd] = useState(inChina(activity.endAt).format('HH:mm'))
  const [place, setPlace] = useState(activity.place)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null)
  const errors = problem?.fields ?? {}

  const move = async () => {
    const changes = {
      ...(date !== start.format('YYYY-MM-DD') ? { date } : {}),
      ...(startTime !== start.format('HH:mm') ? { startTime } : {}),
      ...(endTime !== inChina(activity.endAt).format('HH:mm') ? { endTime } : {}),
      ...(place.trim() !== activity.place ? { place: place.trim() } : {}),
    }
    if (Object.keys(changes).length === 0) {
      setProblem({ message: '日期、时间和地点都没有改动', fields: {} })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('secretary', 'activity.update', { activityId: activity.id, changes, reason: reason.trim() })
      onMoved()
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem({ message: error.message, fields: fieldErrors(error.fields) })
      setBusy(false)
    }
  }

  return (
    <Sheet title={`调整：${activity.title}`}>
      <Text className="text-secondary">只调整这一次，每月的规则不变。已发布的活动要写明原因。</Text>
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <Field label="日期" error={errors.date}>
        <Picker mode="date" value={date} onChange={(e) => setDate(String(e.detail.value))}>
          <View className="ui-input ui-input--picker">
            <Text>{date}</Text>
            <Text className="text-secondary">更改 ›</Text>
          </View>
        </Picker>
      </Field>
      <TimesAndPlace
        startTime={startTime}
        endTime={endTime}
        place={place}
        onStart={setStart}
        onEnd={setEnd}
        onPlace={setPlace}
        placeLabel="地点"
        placePlaceholder="活动地点"
        errors={errors}
      />
      <TextField
        label="原因"
        error={errors.reason}
        name="reason"
        value={reason}
        maxlength={LIMITS.reason}
        placeholder="如：逢国庆假期，顺延一周"
        onChange={setReason}
      />
      <SheetActions submitText="确认调整" busy={busy} onSubmit={() => void move()} onCancel={onCancel} />
    </Sheet>
  )
}
