import { useState } from 'react'

/** The keys of a draft whose values are text, which a `TextField` can write. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string

/** What a `TextField` needs of one text value in a draft. */
export interface DraftField {
  name: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

export interface Draft<T> {
  draft: T
  setDraft: (next: T | ((draft: T) => T)) => void
  /** Changes one value. */
  set: <K extends keyof T>(key: K, value: T[K]) => void
  /**
   * A text value's name, value, problem and writer, for one spread into a `TextField`.
   * `name`: the input's name where it is not the key (tests and journeys find inputs by name).
   */
  field: (key: TextKey<T>, name?: string) => DraftField
}

/**
 * The values a form is being filled with, and what its last refusal said of each
 * (`errors`, keyed as the draft is: the form's `useSubmit().errors`; none where the form
 * says its problems in one sentence).
 */
export function useDraft<T extends object>(initial: T | (() => T), errors: Record<string, string> = {}): Draft<T> {
  const [draft, setDraft] = useState<T>(initial)
  const set: Draft<T>['set'] = (key, value) => setDraft((d) => ({ ...d, [key]: value }))
  const field: Draft<T>['field'] = (key, name = key) => ({
    name,
    value: draft[key] as string,
    error: errors[key],
    onChange: (value) => set(key, value as T[typeof key]),
  })
  return { draft, setDraft, set, field }
}
