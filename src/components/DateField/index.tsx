import { Picker } from '@tarojs/components'
import { Field } from '../Field'
import { PickerFace } from '../PickerFace'

export interface DateFieldProps {
  label: string
  error?: string
  /** `YYYY-MM-DD`. */
  value: string
  onChange: (date: string) => void
  /** The earliest and latest day on offer (`YYYY-MM-DD`). */
  start?: string
  end?: string
  /** The day in words on the picker's face; default the date itself. */
  text?: string
}

/** A labelled day, chosen with the phone's date picker. */
export function DateField({ label, error, value, onChange, start, end, text }: DateFieldProps) {
  return (
    <Field label={label} error={error}>
      <Picker
        mode="date"
        value={value}
        {...(start ? { start } : {})}
        {...(end ? { end } : {})}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <PickerFace text={text ?? value} />
      </Picker>
    </Field>
  )
}
