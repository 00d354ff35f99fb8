/** 组织关系: recording a 外出 with its return day. */
import { dayWords } from '@core/dates'
import type { AbsenceKind, TransferPage } from '@core/contract/transfer'
import { ABSENCE_KIND_LABELS, ABSENCE_KINDS, TRANSFER_LIMITS } from '@core/contract/transfer'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { callCloud } from '@/services/cloud'
import { useTransferForm } from '@/officer/transfer-form'
import { PersonPick, type Props } from './Sheets'

/** 登记外出: study, secondment; at most 6 months, otherwise a transfer. */
export function AbsenceSheet({ page, onDone, onCancel }: Props<TransferPage>) {
  const form = useTransferForm({
    initial: {
      memberId: null as string | null,
      kind: 'study' as AbsenceKind,
      place: '',
      fromOn: page.today,
      returnOn: page.today,
    },
    check: (d) => (d.memberId ? null : '请选择外出的党员'),
    send: (d) =>
      callCloud('secretary', 'absence.add', {
        memberId: d.memberId as string,
        kind: d.kind,
        place: d.place.trim(),
        fromOn: d.fromOn,
        returnOn: d.returnOn,
      }),
    onDone,
    onCancel,
  })
  const { draft, set, field, submit, sheet } = form
  return (
    <FormSheet
      title="登记外出"
      intro={`外出学习、挂职借调${TRANSFER_LIMITS.absenceMaxMonths}个月以内的，不转组织关系，登记去向和返回日期即可。`}
      submitText="登记外出"
      {...sheet}
    >
      <PersonPick page={page} form={form} />
      <Field label="外出类别" error={submit.errors.kind}>
        <ChoiceChips
          options={ABSENCE_KINDS.map((k) => ({ value: k, label: ABSENCE_KIND_LABELS[k] }))}
          value={draft.kind}
          onChange={(k) => set('kind', k)}
        />
      </Field>
      <TextField
        label="外出去向"
        {...field('place')}
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
