/**
 * What the 组织关系 sheets share, the branch's (packageSecretary transfer: 转出, 回执, 转入, 外出)
 * and the office's (packageAdmin transfers: 开具介绍信, 设置): a draft, one cloud call with it whose
 * answer is the screen's new data, and the words their rows use.
 */
import type { TransferView } from '@core/contract/transfer'
import { useDraft, type Draft } from '@/hooks/useDraft'
import { useSubmit, type Submit } from '@/hooks/useSubmit'

/** `2026-01` → `2026年1月` */
export const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** A transfer's state chip: red when the 回执 is overdue, green done, grey withdrawn, amber under way. */
export function transferChip(t: TransferView): string {
  if (t.receiptDue) return 'status-chip status-chip--danger'
  if (t.state === 'completed') return 'status-chip status-chip--success'
  if (t.state === 'cancelled') return 'status-chip'
  return 'status-chip status-chip--warning'
}

/** A sheet opened over a screen's data: its answer replaces the data, or it is put away. */
export interface SheetProps<P, T> {
  page: P
  onDone: (next: T) => void
  onCancel: () => void
}

export interface TransferForm<T> extends Draft<T> {
  submit: Submit
  /** What a `FormSheet` takes of the form: its state, its one action and 取消. */
  sheet: { form: Submit; onSubmit: () => void; onCancel: () => void }
}

/**
 * One sheet's form: the draft, a check before sending (its sentence, or `null` when it may go),
 * and the one call whose answer is handed to `onDone`; a refusal stays on the sheet, said by its
 * fields. A problem found before sending is said once, by the buttons where the eye is after the
 * tap, in a sentence that names the field (请选择要转出的党员) — never again under the field.
 */
export function useTransferForm<T extends object, R>({
  initial,
  check,
  send,
  onDone,
  onCancel,
}: {
  initial: T
  check?: (draft: T) => string | null
  send: (draft: T) => Promise<R>
  onDone: (next: R) => void
  onCancel: () => void
}): TransferForm<T> {
  const submit = useSubmit()
  const draft = useDraft<T>(initial, submit.errors)
  const onSubmit = () => {
    const problem = check?.(draft.draft)
    if (problem) return submit.say(problem)
    void submit.run(async () => onDone(await send(draft.draft)))
  }
  return { ...draft, submit, sheet: { form: submit, onSubmit, onCancel } }
}
