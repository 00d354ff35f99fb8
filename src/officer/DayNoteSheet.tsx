import { dayWords } from '@core/dates'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'

export interface DayNoteSheetProps<T> {
  title: string
  intro: string
  submitText: string
  /** The day: `name` is its field in the request, under which a refusal speaks of it; `start`/`end` bound it. */
  day: { label: string; name: string; value: string; start?: string; end?: string }
  /**
   * The line about it. With `min`, a shorter one is refused here, the sheet saying `tooShort` (a
   * sentence) and the field `tooShortField`.
   */
  note: {
    label: string
    value: string
    max: number
    lines: number
    placeholder: string
    min?: { length: number; tooShort: string; tooShortField: string }
  }
  /** The one call, with the day and the line trimmed; its answer goes to `onDone`. */
  send: (day: string, note: string) => Promise<T>
  onDone: (next: T) => void
  onCancel: () => void
}

/** A sheet that records something done: on which day (a date picker), and a line of how. */
export function DayNoteSheet<T>({ title, intro, submitText, day, note, send, onDone, onCancel }: DayNoteSheetProps<T>) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ day: day.value, note: note.value })
  const submitIt = () => {
    if (note.min && draft.note.trim().length < note.min.length) {
      return submit.say(note.min.tooShort, { note: note.min.tooShortField })
    }
    return void submit.run(async () => onDone(await send(draft.day, draft.note.trim())))
  }
  return (
    <FormSheet
      title={title}
      intro={intro}
      form={submit}
      submitText={submitText}
      onSubmit={submitIt}
      onCancel={onCancel}
    >
      <DateField
        label={day.label}
        error={submit.errors[day.name]}
        value={draft.day}
        text={dayWords(draft.day)}
        start={day.start}
        end={day.end}
        onChange={(d) => set('day', d)}
      />
      <Field label={note.label} error={submit.errors.note}>
        <TextBox
          name="note"
          value={draft.note}
          onChange={(v) => set('note', v)}
          placeholder={note.placeholder}
          max={note.max}
          min={note.min?.length}
          lines={note.lines}
        />
      </Field>
    </FormSheet>
  )
}
