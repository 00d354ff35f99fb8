import type { MakeupOwingItem, MakeupQueueGroup } from '@core/contract/activity-officer-views'
import { LIMITS } from '@core/activity/limits'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

const dayWords = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

/**
 * 登记线下补学: the member studied the materials in person and handed in a paper 心得; the
 * secretary names the day (from the meeting's end to today) and says in a line how it was done.
 */
export function OfflineSheet({
  group,
  member,
  onDone,
  onCancel,
}: {
  group: MakeupQueueGroup
  member: MakeupOwingItem
  onDone: (next: { groups: MakeupQueueGroup[] }) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ on: group.offlineDays.end, note: '' }, submit.errors)
  const send = () => {
    if (draft.note.trim().length < LIMITS.offlineNoteMin) {
      return submit.say(`请写明在哪里、怎样补学的，至少${LIMITS.offlineNoteMin}个字`, { note: '请写明补学的情况' })
    }
    return void submit.run(async () =>
      onDone(
        await callCloud('secretary', 'makeup.recordOffline', {
          activityId: group.activity.id,
          memberId: member.memberId,
          on: draft.on,
          note: draft.note.trim(),
        }),
      ),
    )
  }
  return (
    <FormSheet
      title={`登记${member.name}的线下补学`}
      intro={`${member.name}在支部当面学习了“${group.activity.title}”的材料、交了纸质心得后，在这里登记。登记后这项补学即为完成，本人的补学记录里会写明。`}
      form={submit}
      submitText="登记"
      onSubmit={send}
      onCancel={onCancel}
    >
      <DateField
        label="补学日期"
        error={submit.errors.on}
        value={draft.on}
        text={dayWords(draft.on)}
        start={group.offlineDays.start}
        end={group.offlineDays.end}
        onChange={(d) => set('on', d)}
      />
      <Field label="补学情况" error={submit.errors.note}>
        <TextBox
          name="note"
          value={draft.note}
          onChange={(v) => set('note', v)}
          placeholder="如：在支部活动室学习了会议记录，交了纸质心得"
          max={LIMITS.offlineNoteMax}
          min={LIMITS.offlineNoteMin}
          lines={3}
        />
      </Field>
    </FormSheet>
  )
}
