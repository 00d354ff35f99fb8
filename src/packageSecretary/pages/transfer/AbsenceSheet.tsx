/** 组织关系: recording a 外出 with its return day. */
import type { AbsenceKind, TransferPage } from '@core/contract/transfer'
import { ABSENCE_KIND_LABELS, ABSENCE_KINDS, TRANSFER_LIMITS } from '@core/contract/transfer'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { dayWords, PersonPick, type Props } from './Sheets'

/** 登记外出: study, secondment; at most 6 months, otherwise a transfer. */
export function AbsenceSheet({ page, onDone, onCancel }: Props<TransferPage>) {
  const submit = useSubmit()
  const { draft, set } = useDraft<{
    memberId: string | null
    kind: AbsenceKind
    place: string
    fromOn: string
    returnOn: string
  }>({ memberId: null, kind: 'study', place: '', fromOn: page.today, returnOn: page.today }, submit.errors)
  const send = async () => {
    if (!draft.memberId) return submit.say('请选择外出的党员', { memberId: '请选择党员' })
    await submit.run(async () =>
      onDone(
        await callCloud('secretary', 'absence.add', {
          memberId: draft.memberId as string,
          kind: draft.kind,
          place: draft.place.trim(),
          fromOn: draft.fromOn,
          returnOn: draft.returnOn,
        }),
      ),
    )
  }
  return (
    <FormSheet
      title="登记外出"
      intro={`外出学习、挂职借调${TRANSFER_LIMITS.absenceMaxMonths}个月以内的，不转组织关系，登记去向和返回日期即可。`}
      form={submit}
      submitText="登记外出"
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <PersonPick
        page={page}
        value={draft.memberId}
        onChange={(id) => set('memberId', id)}
        error={submit.errors.memberId}
      />
      <Field label="外出类别" error={submit.errors.kind}>
        <ChoiceChips
          options={ABSENCE_KINDS.map((k) => ({ value: k, label: ABSENCE_KIND_LABELS[k] }))}
          value={draft.kind}
          onChange={(k) => set('kind', k)}
        />
      </Field>
      <TextField
        label="外出去向"
        name="place"
        error={submit.errors.place}
        value={draft.place}
        onChange={(t) => set('place', t)}
        maxlength={TRANSFER_LIMITS.place}
        placeholder="如：省委党校中青年干部培训班"
      />
      <DateField
        label="外出日期"
        error={submit.errors.fromOn}
        value={draft.fromOn}
        text={dayWords(draft.fromOn)}
        onChange={(d) => set('fromOn', d)}
      />
      <DateField
        label="预计返回日期"
        error={submit.errors.returnOn}
        value={draft.returnOn}
        text={dayWords(draft.returnOn)}
        start={draft.fromOn}
        onChange={(d) => set('returnOn', d)}
      />
    </FormSheet>
  )
}
