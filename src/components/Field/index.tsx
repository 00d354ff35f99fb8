import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

export interface FieldProps {
  label: string
  /** One plain sentence under the label: what to write here. */
  hint?: string
  /** What is wrong with the value, from the server or the form. */
  error?: string
  children: ReactNode
}

/** A labelled form field; a problem is said in words with a mark, not only in red. */
export function Field({ label, hint, error, children }: FieldProps) {
  return (
    <View className={error ? 'ui-field ui-field--error' : 'ui-field'}>
      <Text className="ui-field__label">{label}</Text>
      {hint ? <Text className="ui-field__hint">{hint}</Text> : null}
      {children}
      {error ? <Text className="ui-field__error">✗ {error}</Text> : null}
    </View>
  )
}

/** Per-field problems of a REQUEST.INVALID, keyed by the last part of the path (`changes.name` → `name`). */
export function fieldErrors(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields ?? {})) {
    const key = path.split('.').pop() ?? path
    if (!out[key]) out[key] = message
  }
  return out
}
