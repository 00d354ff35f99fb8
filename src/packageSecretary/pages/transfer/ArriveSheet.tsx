/** 组织关系: recording an incoming letter (转入/报到) — the roster entry and a binding code in one step. */
import { dayWords } from '@core/dates'
import { Picker } from '@tarojs/components'
import type { ArrivalResult } from '@core/contract/transfer'
import { TRANSFER_LIMITS } from '@core/contract/transfer'
import { DUES_CATEGORY_LABELS, type DuesCategory } from '@core/contract/org-labels'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { PickerFace } from '@/components/PickerFace'
import { TextField } from '@/components/TextField'
import { callCloud } from '@/services/cloud'
import { monthWords, useTransferForm } from '@/officer/transfer-form'
import type { Props } from './Sheets'

/** 登记转入: the incoming letter as written; the member goes on the roll with a binding code. */
export function ArriveSheet({ page, onDone, onCancel }: Props<ArrivalResult>) {
  const { draft, set, field, submit, sheet } = useTransferForm({
    initial: {
      name: '',
      from: '',
      letterNo: '',
      duesPaidThrough: page.currentMonth,
      joinDate: '',
      probationary: false,
      duesCategory: 'inService' as DuesCategory,
    },
    check: (d) => (d.joinDate ? null : '请选择入党日期'),
    send: (d) =>
      callCloud('secretary', 'transfer.arrive', {
        name: d.name.trim(),
        from: d.from.trim(),
        letterNo: d.letterNo.trim(),
        duesPaidThrough: d.duesPaidThrough,
        joinDate: d.joinDate,
        probationary: d.probationary,
        duesCategory: d.duesCategory,
      }),
    onDone,
    onCancel,
  })
  return (
    <FormSheet
      title="登记组织关系转入"
      intro="按介绍信填写。登记后即列入本支部名册，并生成绑定码交给本人；党费从“党费交至”的下一个月起在本支部交纳。"
      submitText="登记并生成绑定码"
      {...sheet}
    >
      <TextField label="姓名" {...field('name')} maxlength={ORG_LIMITS.personName} />
      <TextField
        label="从哪个党组织转来"
        {...field('from')}
        maxlength={TRANSFER_LIMITS.destination}
        placeholder="介绍信上的开具单位"
      />
      <TextField label="介绍信编号（可不填）" {...field('letterNo')} maxlength={TRANSFER_LIMITS.letterNo} />
      <Field label="党费交至" error={submit.errors.duesPaidThrough}>
        <Picker
          mode="date"
          fields="month"
          value={draft.duesPaidThrough}
          end={page.currentMonth}
          onChange={(e) => set('duesPaidThrough', String(e.detail.value).slice(0, 7))}
        >
          <PickerFace text={monthWords(draft.duesPaidThrough)} />
        </Picker>
      </Field>
      <DateField
        label="入党日期"
        error={submit.errors.joinDate}
        value={draft.joinDate || '2000-07-01'}
        text={draft.joinDate ? dayWords(draft.joinDate) : '请选择'}
        end={page.today}
        onChange={(d) => set('joinDate', d)}
      />
      <Field label="党员类别" error={submit.errors.probationary}>
        <ChoiceChips
          options={[
            { value: 'full', label: '正式党员' },
            { value: 'probationary', label: '预备党员' },
          ]}
          value={draft.probationary ? 'probationary' : 'full'}
          onChange={(v) => set('probationary', v === 'probationary')}
        />
      </Field>
      <Field label="党费类别" error={submit.errors.duesCategory}>
        <ChoiceChips
          options={(Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[]).map((c) => ({
            value: c,
            label: DUES_CATEGORY_LABELS[c],
          }))}
          value={draft.duesCategory}
          onChange={(c) => set('duesCategory', c)}
        />
      </Field>
    </FormSheet>
  )
}
