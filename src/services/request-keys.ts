/**
 * One key per tap (core/envelope.ts `requestKey`): a new tap gets a new key; the same tap sent again
 * — retried here after a lost answer, or tapped again by the person after the error it showed —
 * gets the key it had, so that the cloud function meets what the first try wrote instead of
 * writing it twice. A tap is "the same" when it sends the same action with the same input within
 * a few minutes of a try whose answer was lost.
 */
const KEPT_MS = 10 * 60_000
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** 24 random characters (about 143 bits): unique among one person's taps, which is all it needs. */
export function newRequestKey(): string {
  let key = ''
  for (let i = 0; i < 24; i++) key += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return key
}

const lost = new Map<string, { key: string; at: number }>()

export interface Tap {
  key: string
  /** The answer came (success or refusal): the next tap is a new one. */
  answered(): void
  /** The answer was lost: the same tap, sent again soon, keeps this key. */
  lost(): void
}

// eslint-disable-next-line no-restricted-syntax -- minutes between two taps on the phone, not a day
export function openTap(fn: string, action: string, input: unknown, now = Date.now()): Tap {
  const signature = `${fn}\u0000${action}\u0000${JSON.stringify(input ?? {})}`
  const earlier = lost.get(signature)
  const key = earlier && now - earlier.at < KEPT_MS ? earlier.key : newRequestKey()
  return {
    key,
    answered: () => void lost.delete(signature),
    lost: () => void lost.set(signature, { key, at: now }),
  }
}
