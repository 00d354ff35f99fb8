import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Submit } from '@/hooks/useSubmit'
import { Notice } from '../Notice'
import { Sheet } from '../Sheet'
import { SheetActions } from '../SheetActions'

export interface FormFootProps {
  /** The form's `useSubmit`: its outcome is said here, its busy state holds the buttons. */
  form: Pick<Submit, 'busy' | 'outcome'>
  /** The form's one action, e.g. 保存. */
  submitText: string
  onSubmit: () => void
  onCancel: () => void
  /** The action cannot run yet for another reason (an upload under way). */
  submitDisabled?: boolean
}

/** The foot of a form that can be put away: what came of the action, then 取消 and the action. */
export function FormFoot({ form, submitText, onSubmit, onCancel, submitDisabled }: FormFootProps) {
  return (
    <>
      <OutcomeNotice form={form} />
      <SheetActions
        submitText={submitText}
        busy={form.busy}
        submitDisabled={submitDisabled}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </>
  )
}

/** What came of a form's action, if anything yet. */
export function OutcomeNotice({ form }: { form: Pick<Submit, 'outcome'> }) {
  return form.outcome ? <Notice kind={form.outcome.kind}>{form.outcome.message}</Notice> : null
}

export interface FormSheetProps extends FormFootProps {
  title: string
  /** One or two sentences before the fields: what happens, who will read it (text, or its own `Text`). */
  intro?: ReactNode
  /** A sheet of one field says a problem above it, under the intro; a longer one at its foot. */
  outcomeFirst?: boolean
  children: ReactNode
}

/** A `Sheet` holding one form: an intro, its fields, what came of it, and 取消 / the action. */
export function FormSheet({ title, intro, outcomeFirst, children, ...foot }: FormSheetProps) {
  return (
    <Sheet title={title}>
      {typeof intro === 'string' ? <Text>{intro}</Text> : intro}
      {outcomeFirst ? <OutcomeNotice form={foot.form} /> : null}
      {children}
      {outcomeFirst ? (
        <SheetActions
          submitText={foot.submitText}
          busy={foot.form.busy}
          submitDisabled={foot.submitDisabled}
          onSubmit={foot.onSubmit}
          onCancel={foot.onCancel}
        />
      ) : (
        <FormFoot {...foot} />
      )}
    </Sheet>
  )
}
