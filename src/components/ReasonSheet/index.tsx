import { useState } from 'react'
import { useSubmit } from '@/hooks/useSubmit'
import { Field } from '../Field'
import { FormSheet } from '../FormSheet'
import { TextBox } from '../TextBox'

export interface ReasonSheetProps {
  title: string
  /** One or two sentences: what happens and who will read the reason. */
  explain: string
  label: string
  placeholder: string
  confirmText: string
  max: number
  /** Required length; 0 = may be left empty. */
  min?: number
  /** The reason given last time, to change rather than write again. */
  initial?: string
  /** Sends the reason; a rejection's message is shown in the sheet. */
  onSubmit: (reason: string) => Promise<void>
  onCancel: () => void
}

/** One small task that needs a written reason: ask leave, refuse it, sign someone in, return a 心得. */
export function ReasonSheet(props: ReasonSheetProps) {
  const { title, explain, label, placeholder, confirmText, max, min = 1, initial = '', onSubmit, onCancel } = props
  const [text, setText] = useState(initial)
  const form = useSubmit()

  const submit = async () => {
    const reason = text.trim()
    if (min > 0 && reason.length < min) {
      form.say(`请写明${label}`, { reason: reason ? `${label}至少要${min}个字` : `请填写${label}` })
      return
    }
    await form.run(() => onSubmit(reason))
  }

  return (
    <FormSheet
      title={title}
      intro={explain}
      outcomeFirst
      form={form}
      submitText={confirmText}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <Field label={label} error={form.errors.reason ?? form.errors.comment}>
        <TextBox value={text} onChange={setText} placeholder={placeholder} max={max} lines={3} name="reason" />
      </Field>
    </FormSheet>
  )
}
