import { useState } from 'react'
import { fieldErrors } from '@/components/Field'
import { asCloudError, type CloudError } from '@/errors/cloud-error'

/** What a form says after its action: what went wrong (with per-field problems), or what happened. */
export interface Outcome {
  kind: 'error' | 'info' | 'success'
  message: string
  fields: Record<string, string>
}

export interface SubmitOptions {
  /** The form stays on screen after a success (it is not closed or left), so it is ready again. */
  staysOnScreen?: boolean
  /** How a refusal reads; default: the server's message and its per-field problems. */
  problemOf?: (error: CloudError, fields: Record<string, string>) => Pick<Outcome, 'message' | 'fields'>
  /** What the form says as it opens, before anything is run (a day asked for that has passed). */
  opening?: Outcome | null
}

export interface Submit {
  busy: boolean
  outcome: Outcome | null
  /** The per-field problems of the last refusal, keyed by field (`fieldErrors`). */
  errors: Record<string, string>
  /**
   * Runs one action: busy while it runs, a refusal said in words. Resolves true on success.
   * `stays`: this action leaves the form on screen (an upload), whatever the form's default.
   */
  run: (action: () => Promise<unknown>, stays?: boolean) => Promise<boolean>
  /** Says something without running anything: a check before sending, or a success. */
  say: (message: string, fields?: Record<string, string>, kind?: Outcome['kind']) => void
}

/** A refusal with per-field problems points to them under the fields; otherwise the server's words. */
export const pointToFields: NonNullable<SubmitOptions['problemOf']> = (error, fields) => ({
  message: Object.keys(fields).length > 0 ? '请按下面的提示修改' : error.message,
  fields,
})

/**
 * The busy state and the outcome of a form's one action. After a success the form stays busy
 * (its sheet closes or the page moves on, and a second tap must not send again) unless it
 * `staysOnScreen`.
 */
export function useSubmit({ staysOnScreen = false, problemOf, opening = null }: SubmitOptions = {}): Submit {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(opening)

  const say: Submit['say'] = (message, fields = {}, kind = 'error') => setOutcome({ kind, message, fields })

  const run: Submit['run'] = async (action, stays = staysOnScreen) => {
    setBusy(true)
    setOutcome(null)
    try {
      await action()
      if (stays) setBusy(false)
      return true
    } catch (thrown) {
      const error = asCloudError(thrown)
      const fields = fieldErrors(error.fields)
      setOutcome({ kind: 'error', ...(problemOf ? problemOf(error, fields) : { message: error.message, fields }) })
      setBusy(false)
      return false
    }
  }

  return { busy, outcome, errors: outcome?.fields ?? {}, run, say }
}
