import type { ScheduleOverview, ScheduleView } from '@core/contract/activity-views'
import { ACTIVITY_TYPE_LABELS, type Recurrence, type ScheduleKind } from '@core/activity/types'
import { Picker, Text, View } from '@tarojs/components'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { PickerFace } from '@/components/PickerFace'
import { useDraft } from '@/hooks/useDraft'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { fenceDraftOf, fenceOf } from '../../activity/draft'
import { FenceField } from '../../activity/FenceField'
import { TimesAndPlace } from './TimesAndPlace'

type N = 1 | 2 | 3 | 4 | -1
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
const N_CHOICES: Choice<string>[] = [
  { value: '1', label: '第一个' },
  { value: '2', label: '第二个' },
  { value: '3', label: '第三个' },
  { value: '4', label: '第四个' },
  { value: '-1', label: '最后一个' },
]
const WEEKDAY_CHOICES: Choice<string>[] = ['一', '二', '三', '四', '五', '六', '日'].map((d, i) => ({
  value: String(i + 1),
  label: `星期${d}`,
}))
/** A new rule starts on the first Friday of the month. */
const FIRST_FRIDAY: Recurrence = { kind: 'nthWeekday', n: 1, weekday: 5 }
const DAYS = Array.from({ length: 31 }, (_, i) => `${i + 1}日`)

export interface RuleSheetProps {
  kind: ScheduleKind
  rule: ScheduleView | null
  branchId?: string
  /** One tap, one call: schedule.set answers with 活动安排 (this month) as it now stands. */
  onSaved: (page: ScheduleOverview) => void
  onCancel: () => void
}

/** The recurring rule of 固定学习日 or 党员集中活动日: which day each month, when, where. */
export function RuleSheet({ kind, rule, branchId, onSaved, onCancel }: RuleSheetProps) {
  const form = useSubmit({ problemOf: pointToFields })
  const { errors } = form
  const { draft, set } = useDraft(
    () => ({
      recurrence: rule?.recurrence ?? FIRST_FRIDAY,
      startTime: rule?.startTime ?? '15:00',
      endTime: rule?.endTime ?? '17:00',
      place: rule?.place ?? '',
      fence: fenceDraftOf(rule?.geofence ?? null),
      active: rule?.active ?? true,
    }),
    errors,
  )
  const { recurrence, startTime, endTime, place, fence, active } = draft
  const setRecurrence = (next: Recurrence) => set('recurrence', next)

  const save = () =>
    form.run(async () => {
      const page = await callCloud('secretary', 'schedule.set', {
        ...(branchId ? { branchId } : {}),
        kind,
        recurrence,
        startTime,
        endTime,
        place: place.trim(),
        geofence: fenceOf(fence),
        active,
      })
      onSaved(page)
    })

  return (
    <FormSheet
      title={`${ACTIVITY_TYPE_LABELS[kind]}：每月固定`}
      intro={
        <Text className="text-secondary">
          保存后，每个月的活动会按规则自动生成（草稿），书记发布后党员才能看到。已经单独调整过的活动不受影响。
        </Text>
      }
      outcomeFirst
      form={form}
      submitText="保存规则"
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Field label="每月哪一天" error={errors.recurrence ?? errors.n ?? errors.weekday ?? errors.day}>
        <ChoiceChips
          options={[
            { value: 'nthWeekday', label: '第几个星期几' },
            { value: 'monthDay', label: '固定几号' },
          ]}
          value={recurrence.kind}
          onChange={(k) => setRecurrence(k === 'monthDay' ? { kind: k, day: 10 } : { kind: k, n: 1, weekday: 5 })}
        />
        {recurrence.kind === 'nthWeekday' ? (
          <View className="stack">
            <ChoiceChips
              options={N_CHOICES}
              value={String(recurrence.n)}
              onChange={(n) => setRecurrence({ ...recurrence, n: Number(n) as N })}
            />
            <ChoiceChips
              options={WEEKDAY_CHOICES}
              value={String(recurrence.weekday)}
              onChange={(w) => setRecurrence({ ...recurrence, weekday: Number(w) as Weekday })}
            />
          </View>
        ) : (
          <Picker
            mode="selector"
            range={DAYS}
            value={recurrence.day - 1}
            onChange={(e) => setRecurrence({ kind: 'monthDay', day: Number(e.detail.value) + 1 })}
          >
            <PickerFace text={`每月${recurrence.day}日（小月没有这天时为月末）`} />
          </Picker>
        )}
      </Field>
      <TimesAndPlace
        value={draft}
        onChange={set}
        placeLabel="通常地点"
        placePlaceholder="如：机关三楼党员活动室"
        errors={errors}
      />
      <FenceField value={fence} onChange={(next) => set('fence', next)} errors={errors} />
      <Field label="状态">
        <ChoiceChips
          options={[
            { value: 'on', label: '启用' },
            { value: 'off', label: '停用（不再自动生成）' },
          ]}
          value={active ? 'on' : 'off'}
          onChange={(v) => set('active', v === 'on')}
        />
      </Field>
    </FormSheet>
  )
}
