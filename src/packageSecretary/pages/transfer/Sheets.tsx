/** 组织关系's 转出 and 回执 sheets, and what every sheet of the page shares (ArriveSheet.tsx, AbsenceSheet.tsx). */
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
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

export const dayWords = (date: string) =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
export const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

export interface Props<T> {
  page: TransferPage
  onDone: (next: T) => void
  onCancel: () => void
}

/** 一人一个: the member chosen from the branch's roll, shown with a way to choose again. */
export function PersonPick({
  page,
  value,
  onChange,
  error,
}: {
  page: TransferPage
  value: string | null
  onChange: (id: string | null) => void
  error?: string
}) {
  const chosen = page.people.find((p) => p.id === value)
  return (
    <Field label="党员" error={error}>
      {chosen ? (
        <View className="spread-row">
          <Text className="transfer-row__name">✓ {chosen.name}</Text>
          <Button onClick={() => onChange(null)}>换一位</Button>
        </View>
      ) : (
        <ChoiceChips
          column
          options={page.people.map((p) => ({ value: p.id, label: p.name }))}
          value={null}
          onChange={onChange}
        />
      )}
    </Field>
  )
}

/** 办理转出: who, to which organisation, why. The office then issues the 介绍信. */
export function OutSheet({ page, onDone, onCancel }: Props<TransferPage>) {
  const submit = useSubmit()
  const { draft, set } = useDraft<{ memberId: string | null; destination: string; reason: string }>(
    { memberId: null, destination: '', reason: '' },
    submit.errors,
  )
  const send = async () => {
    if (!draft.memberId) return submit.say('请选择要转出的党员', { memberId: '请选择党员' })
    await submit.run(async () =>
      onDone(
        await callCloud('secretary', 'transfer.start', {
          memberId: draft.memberId as string,
          destination: draft.destination.trim(),
          reason: draft.reason.trim(),
        }),
      ),
    )
  }
  return (
    <FormSheet
      title="办理组织关系转出"
      intro="提交后由机关党委开具介绍信；党费交至哪个月由系统按党费台账填写，不用手填。"
      form={submit}
      submitText="提请党委开具"
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <PersonPick
        page={page}
        value={draft.memberId}
        onChange={(id) => set('memberId', id)}
        error={submit.errors.memberId}
      />
      <TextField
        label="转往的党组织"
        name="destination"
        error={submit.errors.destination}
        value={draft.destination}
        onChange={(t) => set('destination', t)}
        maxlength={TRANSFER_LIMITS.destination}
        placeholder="如：中共某某县委组织部"
      />
      <TextField
        label="转出原因"
        name="reason"
        error={submit.errors.reason}
        value={draft.reason}
        onChange={(t) => set('reason', t)}
        maxlength={TRANSFER_LIMITS.reason}
        placeholder="如：工作调动"
      />
    </FormSheet>
  )
}

/** 登记回执: the day it came back. The member then leaves the roll; their records stay. */
export function ReceiptSheet({ page, transfer, onDone, onCancel }: Props<TransferPage> & { transfer: TransferView }) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ receivedOn: page.today, note: '' }, submit.errors)
  const send = () =>
    void submit.run(async () =>
      onDone(
        await callCloud('secretary', 'transfer.receipt', {
          transferId: transfer.id,
          receivedOn: draft.receivedOn,
          note: draft.note.trim(),
        }),
      ),
    )
  return (
    <FormSheet
      title={`登记${transfer.memberName}的回执`}
      intro={`收到回执后，${transfer.memberName}的组织关系转出办结，从本支部名册移出，原有记录全部保留，小程序不能再以党员身份使用。`}
      form={submit}
      submitText="确认已收到回执"
      onSubmit={send}
      onCancel={onCancel}
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
