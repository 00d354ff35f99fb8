/** 组织关系's 转出 and 回执 sheets, and the member picker the page's sheets share (ArriveSheet.tsx, AbsenceSheet.tsx). */
import { dayWords } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { TransferPage, TransferView } from '@core/contract/transfer'
import { TRANSFER_LIMITS } from '@core/contract/transfer'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { callCloud } from '@/services/cloud'
import { useTransferForm, type SheetProps } from '@/officer/transfer-form'

export type Props<T> = SheetProps<TransferPage, T>

/** 一人一个: the member chosen from the branch's roll, shown with a way to choose again. */
export function PersonPick({
  page,
  form,
  outgoing,
}: {
  page: TransferPage
  /** 办理转出: a member whose 转出 is under way is not offered again, but named as such. */
  outgoing?: boolean
  /** The sheet's form, whose draft holds the member chosen. */
  form: {
    draft: { memberId: string | null }
    set: (key: 'memberId', id: string | null) => void
    submit: { errors: Record<string, string> }
  }
}) {
  const chosen = page.people.find((p) => p.id === form.draft.memberId)
  const onChange = (id: string | null) => form.set('memberId', id)
  const offered = outgoing ? page.people.filter((p) => !p.transferring) : page.people
  const underWay = outgoing ? page.people.filter((p) => p.transferring) : []
  return (
    <Field label="党员" error={form.submit.errors.memberId}>
      {chosen ? (
        <View className="spread-row">
          <Text className="transfer-row__name">✓ {chosen.name}</Text>
          <Button onClick={() => onChange(null)}>换一位</Button>
        </View>
      ) : (
        <View className="stack">
          <ChoiceChips
            column
            options={offered.map((p) => ({ value: p.id, label: p.name }))}
            value={null}
            onChange={onChange}
          />
          {underWay.length > 0 ? (
            <Text className="text-secondary">转出办理中（不再重复办理）：{underWay.map((p) => p.name).join('、')}</Text>
          ) : null}
        </View>
      )}
    </Field>
  )
}

/** 办理转出: who, to which organisation, why. The office then issues the 介绍信. */
export function OutSheet({ page, onDone, onCancel }: Props<TransferPage>) {
  const form = useTransferForm({
    initial: { memberId: null as string | null, destination: '', reason: '' },
    check: (d) => (d.memberId ? null : '请选择要转出的党员'),
    send: (d) =>
      callCloud('secretary', 'transfer.start', {
        memberId: d.memberId as string,
        destination: d.destination.trim(),
        reason: d.reason.trim(),
      }),
    onDone,
    onCancel,
  })
  const { field, sheet } = form
  return (
    <FormSheet
      title="办理组织关系转出"
      intro="提交后由机关党委开具介绍信；党费交至哪个月由系统按党费台账填写，不用手填。"
      submitText="提请党委开具"
      {...sheet}
    >
      <PersonPick page={page} form={form} outgoing />
      <TextField
        label="转往的党组织"
        {...field('destination')}
        maxlength={TRANSFER_LIMITS.destination}
        placeholder="如：中共某某县委组织部"
      />
      <TextField label="转出原因" {...field('reason')} maxlength={TRANSFER_LIMITS.reason} placeholder="如：工作调动" />
    </FormSheet>
  )
}

/** 登记回执: the day it came back. The member then leaves the roll; their records stay. */
export function ReceiptSheet({ page, transfer, onDone, onCancel }: Props<TransferPage> & { transfer: TransferView }) {
  const { draft, set, submit, sheet } = useTransferForm({
    initial: { receivedOn: page.today, note: '' },
    send: (d) =>
      callCloud('secretary', 'transfer.receipt', {
        transferId: transfer.id,
        receivedOn: d.receivedOn,
        note: d.note.trim(),
      }),
    onDone,
    onCancel,
  })
  return (
    <FormSheet
      title={`登记${transfer.memberName}的回执`}
      intro={`收到回执后，${transfer.memberName}的组织关系转出办结，从本支部名册移出，原有记录全部保留，小程序不能再以党员身份使用。`}
      submitText="确认已收到回执"
      {...sheet}
    >
      <DateField
        label="回执日期"
        error={submit.errors.receivedOn}
        value={draft.receivedOn}
        text={dayWords(draft.receivedOn)}
        {...(transfer.letter ? { start: transfer.letter.issuedOn } : {})}
        end={page.today}
        onChange={(d) => set('receivedOn', d)}
      />
      <Field label="说明（可不填）" error={submit.errors.note}>
        <TextBox
          name="note"
          value={draft.note}
          onChange={(t) => set('note', t)}
          max={TRANSFER_LIMITS.note}
          lines={2}
          placeholder="如：已到新单位党支部报到"
        />
      </Field>
    </FormSheet>
  )
}
