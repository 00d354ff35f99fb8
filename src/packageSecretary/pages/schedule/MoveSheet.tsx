import type { DaysOff } from '@core/activity/day-off'
import type { ActivitySummary, ScheduleOverview } from '@core/contract/activity-views'
import { LIMITS } from '@core/activity/limits'
import { inChina } from '@core/china-dayjs'
import { Text } from '@tarojs/components'
import { DateField } from '@/components/DateField'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { dateWords } from '../../activity/date-words'
import { DayOffWarning } from '../../activity/DayOffWarning'
import { TimesAndPlace } from './TimesAndPlace'

export interface MoveSheetProps {
  activity: ActivitySummary
  /** The days off around the month (活动安排's read): the new date is warned on, not refused. */
  daysOff: DaysOff
  /** The month the page shows: the answer is that month as it now stands. */
  month: string
  /** One tap, one call: the schedule page's new data. */
  onMoved: (page: ScheduleOverview) => void
  onCancel: () => void
}

/** Moves one month's activity (a holiday, a meeting upstairs) with a reason; the rule stays. */
export function MoveSheet({ activity, daysOff, month, onMoved, onCancel }: MoveSheetProps) {
  const start = inChina(activity.startAt)
  const form = useSubmit()
  const { errors } = form
  const { draft, set, field } = useDraft(
    () => ({
      date: start.format('YYYY-MM-DD'),
      startTime: start.format('HH:mm'),
      endTime: inChina(activity.endAt).format('HH:mm'),
      place: activity.place,
      reason: '',
    }),
    errors,
  )
  const { date, startTime, endTime, place, reason } = draft

  const move = async () => {
    const changes = {
      ...(date !== start.format('YYYY-MM-DD') ? { date } : {}),
      ...(startTime !== start.format('HH:mm') ? { startTime } : {}),
      ...(endTime !== inChina(activity.endAt).format('HH:mm') ? { endTime } : {}),
      ...(place.trim() !== activity.place ? { place: place.trim() } : {}),
    }
    if (Object.keys(changes).length === 0) {
      form.say('日期、时间和地点都没有改动')
      return
    }
    await form.run(async () => {
      const page = await callCloud('secretary', 'schedule.move', {
        activityId: activity.id,
        changes,
        reason: reason.trim(),
        month,
      })
      onMoved(page)
    })
  }

  return (
    <FormSheet
      title={`调整：${activity.title}`}
      intro={<Text className="text-secondary">只调整这一次，每月的规则不变。已发布的活动要写明原因。</Text>}
      outcomeFirst
      form={form}
      submitText="确认调整"
      onSubmit={() => void move()}
      onCancel={onCancel}
    >
      <DateField
        label="日期"
        error={errors.date}
        value={date}
        text={dateWords(date)}
        onChange={(value) => set('date', value)}
      />
      <DayOffWarning daysOff={daysOff} day={date} then="仍可确认调整" />
      <TimesAndPlace value={draft} onChange={set} placeLabel="地点" placePlaceholder="活动地点" errors={errors} />
      <TextField label="原因" {...field('reason')} maxlength={LIMITS.reason} placeholder="如：逢国庆假期，顺延一周" />
    </FormSheet>
  )
}
