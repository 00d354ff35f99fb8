import { LIMITS } from '@core/activity/limits'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useSubmit } from '@/hooks/useSubmit'

export interface ReflectionFormProps {
  label: string
  hint: string
  placeholder: string
  submitText: string
  /** What was written before (a returned 心得), to go on from. */
  initial?: string
  /** The member's own page says a problem above the box; 代写 below it. */
  problemFirst?: boolean
  /** The page stays after sending (it reloads to show the new state) rather than moving on. */
  staysOnScreen?: boolean
  /** Sends a 心得 long enough to send; a refusal is said in the form. */
  send: (reflection: string) => Promise<void>
}

/** A 补学心得 of at least `LIMITS.reflectionMin` characters: the member's own, or written down for an elder. */
export function ReflectionForm(props: ReflectionFormProps) {
  const { label, hint, placeholder, submitText, initial = '', problemFirst, staysOnScreen, send } = props
  const [text, setText] = useState(initial)
  const form = useSubmit({ staysOnScreen })

  const submit = async () => {
    const reflection = text.trim()
    if (reflection.length < LIMITS.reflectionMin) {
      form.say('心得写得太短了', { reflection: `心得至少要${LIMITS.reflectionMin}个字` })
      return
    }
    await form.run(() => send(reflection))
  }

  return (
    <>
      {problemFirst ? <OutcomeNotice form={form} /> : null}
      <Field label={label} hint={hint} error={form.errors.reflection}>
        <TextBox
          name="reflection"
          value={text}
          onChange={setText}
          min={LIMITS.reflectionMin}
          max={LIMITS.reflectionMax}
          lines={6}
          placeholder={placeholder}
        />
      </Field>
      {problemFirst ? null : <OutcomeNotice form={form} />}
      <Button kind="primary" block loading={form.busy} onClick={() => void submit()}>
        {submitText}
      </Button>
    </>
  )
}
