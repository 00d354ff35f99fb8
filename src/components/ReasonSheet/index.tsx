import { Text } from '@tarojs/components'
import { useState } from 'react'
import { asCloudError } from '@/errors/cloud-error'
import { Field, fieldErrors } from '../Field'
import { Notice } from '../Notice'
import { Sheet } from '../Sheet'
import { SheetActions } from '../SheetActions'
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
  /** Sends the reason; a rejection's message is shown in the sheet. */
  onSubmit: (reason: string) => Promise<void>
  onCancel: () => void
}

/** One small task that needs a written reason: ask leave, refuse it, sign someone in, return a 心得. */
export function ReasonSheet(props: ReasonSheetProps) {
  const { title, explain, label, placeholder, confirmText, max, min = 1, onSubmit, onCancel } = props
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; field?: string } | null>(null)

  const submit = async () => {
    const reason = text.trim()
    if (min > 0 && reason.length < min) {
      setProblem({ message: `请写明${label}`, field: reason ? `${label}至少要${min}个字` : `请填写${label}` })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await onSubmit(reason)
    } catch (thrown) {
      const error = asCloudError(thrown)
      const fields = fieldErrors(error.fields)
      setProblem({ message: error.message, field: fields.reason ?? fields.comment })
      setBusy(false)
    }
  }

  return (
    <Sheet title={title}>
      <Text>{explain}</Text>
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <Field label={label} error={problem?.field}>
        <TextBox value={text} onChange={setText} placeholder={placeholder} max={max} lines={3} name="reason" />
      </Field>
      <SheetActions submitText={confirmText} busy={busy} onSubmit={() => void submit()} onCancel={onCancel} />
    </Sheet>
  )
}
