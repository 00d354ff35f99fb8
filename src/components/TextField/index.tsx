import { Input, type InputProps } from '@tarojs/components'
import { Field } from '../Field'

export interface TextFieldProps {
  label: string
  /** One plain sentence under the label: what to write here. */
  hint?: string
  /** What is wrong with the value, from the server or the form. */
  error?: string
  /** The input's name, which tests and journeys find it by. */
  name: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  maxlength?: number
  /** The phone keyboard to offer, e.g. `digit` for an amount of money. */
  type?: InputProps['type']
}

/** A labelled one-line text input: the app's `ui-input` inside a `Field`. */
export function TextField({ label, hint, error, name, value, onChange, placeholder, maxlength, type }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      <Input
        className="ui-input"
        name={name}
        // Absent rather than `undefined` attributes on H5.
        {...(type ? { type } : {})}
        value={value}
        {...(maxlength !== undefined ? { maxlength } : {})}
        {...(placeholder !== undefined ? { placeholder } : {})}
        onInput={(event) => onChange(event.detail.value)}
      />
    </Field>
  )
}
