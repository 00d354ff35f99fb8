import type { OrglifePage } from '@core/contract/orglife'
import { ORGLIFE_LIMITS } from '@core/contract/orglife'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

const dayWords = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** 征求意见 done: on which day, and a short note of how. */
export function OpinionSheet({
  page,
  onDone,
  onCancel,
}: {
  page: OrglifePage
  onDone: (next: OrglifePage) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ date: page.opinions.date ?? page.today, note: page.opinions.note }, submit.errors)
  const send = () =>
    void submit.run(async () =>
      onDone(
        await callCloud('secretary', 'orglife.tick', {
          activityId: page.activity.id,
          key: 'opinions',
          done: true,
          date: draft.date,
          note: draft.note.trim(),
        }),
      ),
    )
  return (
    <FormSheet
      title="征求意见已完成"
      intro="会前向党员、群众征求对支部班子和党员的意见。记下征求的日期和方式。"
      form={submit}
      submitText="记下"
      onSubmit={send}
      onCancel={onCancel}
    >
      <DateField
        label="征求意见的日期"
        error={submit.errors.date}
        value={draft.date}
        text={dayWords(draft.date)}
        end={page.today}
        onChange={(d) => set('date', d)}
      />
      <Field label="说明（可不填）" error={submit.errors.note}>
        <TextBox
          name="note"
          value={draft.note}
          onChange={(t) => set('note', t)}
          max={ORGLIFE_LIMITS.opinionNote}
          lines={2}
          placeholder="如：发放征求意见表20份，收回18份"
        />
      </Field>
    </FormSheet>
  )
}
