/**
 * MongoDB Extended JSON as wx-server-sdk speaks it. The SDK stringifies every filter, update
 * and document with bson's `EJSON.stringify(x, { relaxed: false })` and parses every returned
 * document with `EJSON.parse` (relaxed), so the store only needs the few wrappers below.
 * `$tcb_server_date` is CloudBase's own wrapper for `db.serverDate()`: it becomes the cloud's
 * "now" (plus offset) at the moment the request is decoded, as on the real server.
 */

export type Doc = Record<string, unknown>

/**
 * Type tests by tag rather than `instanceof`, so values made in another realm (jest's test
 * context, `structuredClone`) are still recognised.
 */
const tagOf = (value: unknown): string => Object.prototype.toString.call(value)

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (tagOf(value) !== '[object Object]') return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

function isDate(value: unknown): value is Date {
  return tagOf(value) === '[object Date]'
}

function isRegExp(value: unknown): value is RegExp {
  return tagOf(value) === '[object RegExp]'
}

/** A deep copy in this realm: the store never shares objects with a caller. */
function cloneValue(value: unknown): unknown {
  if (isDate(value)) return new Date(value.getTime())
  if (isRegExp(value)) return new RegExp(value.source, value.flags)
  if (Array.isArray(value)) return value.map(cloneValue)
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = cloneValue(item)
    return out
  }
  return value
}

export function cloneDoc(doc: Doc): Doc {
  const copy = cloneValue(doc)
  return isPlainObject(copy) ? copy : {}
}

function onlyKey(value: Record<string, unknown>): string | null {
  const keys = Object.keys(value)
  return keys.length === 1 ? keys[0] : null
}

function decodeDouble(text: string): number {
  if (text === 'Infinity') return Infinity
  if (text === '-Infinity') return -Infinity
  return Number(text)
}

/**
 * The cloud's now for `db.serverDate()`: an instant, or a way to read the clock only when a
 * serverDate asks for it (a seed or a load with none never reads it).
 */
export type Now = number | (() => number)

function decodeDate(inner: unknown, now: Now): Date | null {
  if (typeof inner === 'string' || typeof inner === 'number') return new Date(inner)
  if (isPlainObject(inner)) {
    const ms = decodeValue(inner, now)
    if (typeof ms === 'number') return new Date(ms)
  }
  return null
}

/** JavaScript accepts fewer regex flags than MongoDB (no `x`, no `l`); keep the ones it knows. */
function toRegExp(inner: unknown): RegExp | null {
  if (!isPlainObject(inner) || typeof inner.pattern !== 'string') return null
  const options = typeof inner.options === 'string' ? inner.options : ''
  const flags = [...new Set(options)].filter((flag) => 'imsu'.includes(flag)).join('')
  return new RegExp(inner.pattern, flags)
}

/** Turns parsed EJSON into plain JavaScript values (numbers, Dates, RegExps, objects, arrays). */
export function decodeValue(value: unknown, now: Now): unknown {
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, now))
  if (!isPlainObject(value)) return value
  const key = onlyKey(value)
  const inner = key === null ? undefined : value[key]
  switch (key) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDecimal':
      if (typeof inner === 'string') return Number(inner)
      break
    case '$numberDouble':
      if (typeof inner === 'string') return decodeDouble(inner)
      break
    case '$date': {
      const date = decodeDate(inner, now)
      if (date) return date
      break
    }
    case '$regularExpression': {
      const regexp = toRegExp(inner)
      if (regexp) return regexp
      break
    }
    case '$tcb_server_date': {
      const offset = isPlainObject(inner) ? decodeValue(inner.offset, now) : 0
      return new Date((typeof now === 'number' ? now : now()) + (typeof offset === 'number' ? offset : 0))
    }
  }
  const out: Record<string, unknown> = {}
  for (const [field, item] of Object.entries(value)) out[field] = decodeValue(item, now)
  return out
}

/** Parses one EJSON string from the SDK. Throws SyntaxError on malformed text. */
export function parseEjson(text: string, now: Now): unknown {
  return decodeValue(JSON.parse(text), now)
}

type DateStyle = 'canonical' | 'iso'

function encodeValue(value: unknown, dates: DateStyle): unknown {
  if (isDate(value)) {
    const ms = value.getTime()
    return dates === 'iso' && Number.isFinite(ms)
      ? { $date: value.toISOString() }
      : { $date: { $numberLong: String(ms) } }
  }
  if (isRegExp(value)) {
    return { $regularExpression: { pattern: value.source, options: [...value.flags].sort().join('') } }
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) }
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : encodeValue(item, dates)))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [field, item] of Object.entries(value)) {
      if (item !== undefined) out[field] = encodeValue(item, dates)
    }
    return out
  }
  return value
}

/** The text the SDK's `EJSON.parse` turns back into the same values (Dates stay Dates). */
export function stringifyEjson(value: unknown): string {
  return JSON.stringify(encodeValue(value, 'canonical'))
}

/** Plain JSON for people and tools: Dates as `{ $date: ISO string }`, which decodeValue reads back. */
export function toPlainJson(value: unknown): unknown {
  return encodeValue(value, 'iso')
}
