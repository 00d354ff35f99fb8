import { Picker, Text, View } from '@tarojs/components'
import type { AbsenceKind, ArrivalResult, TransferPage, TransferView } from '@core/contract/transfer'
import { ABSENCE_KIND_LABELS, ABSENCE_KINDS, TRANSFER_LIMITS } from '@core/contract/transfer'
import { DUES_CATEGORY_LABELS, type DuesCategory } from '@core/contract/org-labels'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { PickerFace } from '@/components/PickerFace'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

export const dayWords = (date: string) =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

interface Props<T> {
  page: TransferPage
  onDone: (next: T) => void
  onCancel: () => void
}

/** 一人一个: the member chosen from the branch's roll, shown with a way to choose again. */
function PersonPick({
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

interface ArriveDraft {
  name: string
  from: string
  letterNo: string
  duesPaidThrough: string
  joinDate: string
  probationary: boolean
  duesCategory: DuesCategory
}

/** 登记转入: the incoming letter as written; the member goes on the roll with a binding code. */
export function ArriveSheet({ page, onDone, onCancel }: Props<ArrivalResult>) {
  const submit = useSubmit()
  const { draft, set } = useDraft<ArriveDraft>(
    {
      name: '',
      from: '',
      letterNo: '',
      duesPaidThrough: page.currentMonth,
      joinDate: '',
      probationary: false,
      duesCategory: 'inService',
    },
    submit.errors,
  )
  const send = async () => {
    if (!draft.joinDate) return submit.say('请选择入党日期', { joinDate: '请选择入党日期' })
    await submit.run(async () =>
      onDone(
        await callCloud('secretary', 'transfer.arrive', {
          name: draft.name.trim(),
          from: draft.from.trim(),
          letterNo: draft.letterNo.trim(),
          duesPaidThrough: draft.duesPaidThrough,
          joinDate: draft.joinDate,
          probationary: draft.probationary,
          duesCategory: draft.duesCategory,
        }),
      ),
    )
  }
  return (
    <FormSheet
      title="登记组织关系转入"
      intro="按介绍信填写。登记后即列入本支部名册，并生成绑定码交给本人；党费从“党费交至”的下一个月起在本支部交纳。"
      form={submit}
      submitText="登记并生成绑定码"
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <TextField
        label="姓名"
        name="name"
        error={submit.errors.name}
        value={draft.name}
        onChange={(t) => set('name', t)}
        maxlength={ORG_LIMITS.personName}
      />
      <TextField
        label="从哪个党组织转来"
        name="from"
        error={submit.errors.from}
        value={draft.from}
        onChange={(t) => set('from', t)}
        maxlength={TRANSFER_LIMITS.destination}
        placeholder="介绍信上的开具单位"
      />
      <TextField
        label="介绍信编号（可不填）"
        name="letterNo"
        error={submit.errors.letterNo}
        value={draft.letterNo}
        onChange={(t) => set('letterNo', t)}
        maxlength={TRANSFER_LIMITS.letterNo}
      />
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
