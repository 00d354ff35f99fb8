/**
 * Subscribe-message template keywords. WeChat names each keyword by its kind plus a number
 * (`thing1`, `time3`, `character_string2`) and rejects a value that breaks the kind's rule with
 * 47003. The rules are WeChat's published ones; where PLATFORM.md is stricter it wins
 * (`name` ≤ 10 characters whatever the script; `time` with seconds or dashes is refused).
 */

type Rule = (value: string) => string | null

const HAN = /^[\p{Script=Han}]+$/u
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/
const CLOCK = /^(\d{1,2}):(\d{2})$/

/** Counts characters as a person does: an emoji or a rare Han character is one. */
function chars(value: string): number {
  return [...value].length
}

function maxChars(limit: number): Rule {
  return (value) => (chars(value) > limit ? `exceeds ${limit} characters` : null)
}

function validClock(text: string): boolean {
  const m = CLOCK.exec(text)
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59
}

function validDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const [month, day] = [Number(m[2]), Number(m[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/**
 * One instant: a `time` needs the clock (`15:00`, `2026年3月6日 15:00`); a `date` needs the date
 * (`2026年3月6日`, `2026年3月6日 15:00`).
 */
function validInstant(text: string, kind: 'time' | 'date'): boolean {
  const parts = text.split(' ')
  if (parts.length === 2) return validDate(parts[0]) && validClock(parts[1])
  return parts.length === 1 && (kind === 'time' ? validClock(text) : validDate(text))
}

/** A single instant or a span `a~b`, as WeChat allows for time and date keywords. */
function instantOrSpan(kind: 'time' | 'date', example: string): Rule {
  return (value) => {
    const points = value.split('~').map((p) => p.trim())
    if (points.length > 2) return `must be one instant or a span a~b, like ${example}`
    return points.every((p) => validInstant(p, kind)) ? null : `must look like ${example}`
  }
}

function pattern(re: RegExp, limit: number, described: string): Rule {
  return (value) => maxChars(limit)(value) ?? (re.test(value) ? null : `must be ${described}`)
}

const RULES: Record<string, Rule> = {
  thing: maxChars(20),
  number: pattern(/^\d+(\.\d+)?$/, 32, 'digits, optionally with a decimal part'),
  letter: pattern(/^[A-Za-z]+$/, 32, 'letters only'),
  symbol: pattern(/^[^\p{L}\p{N}\s]+$/u, 5, 'symbols only'),
  character_string: pattern(/^[\x21-\x7e]+$/, 32, 'ASCII digits, letters or symbols'),
  phone_number: pattern(/^[0-9+\-() ]+$/, 17, 'digits and phone symbols'),
  car_number: pattern(/^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u, 8, 'a plate number'),
  amount: pattern(/^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/, 14, 'a currency sign and up to 10 digits, like ¥100.00'),
  name: (value) =>
    maxChars(10)(value) ??
    (/^[\p{Script=Han}·]+$/u.test(value) || /^[\p{Script=Latin}\s.'·-]+$/u.test(value)
      ? null
      : 'must be all Chinese or all letters'),
  phrase: (value) => maxChars(5)(value) ?? (HAN.test(value) ? null : 'must be Chinese characters only'),
  time: instantOrSpan('time', '2026年3月6日 15:00 or 15:00'),
  date: instantOrSpan('date', '2026年3月6日 or 2026年3月6日 15:00'),
}

export const KEYWORD_KINDS = Object.keys(RULES)

/** The kind of a keyword key: `character_string12` → `character_string`; null when malformed. */
export function keywordKind(key: string): string | null {
  const m = /^([a-z]+(?:_[a-z]+)*?)(\d+)$/.exec(key)
  return m && RULES[m[1]] ? m[1] : null
}

/**
 * Checks a template's `data` as WeChat does. Returns WeChat's 47003 message naming the first
 * bad field, or null when every keyword is acceptable.
 */
export function checkTemplateData(data: unknown): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    return 'argument invalid! data is empty'
  }
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const kind = keywordKind(key)
    if (!kind) return `argument invalid! data.${key} is not a template keyword (${KEYWORD_KINDS.join(', ')})`
    const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).value : undefined
    if (typeof value !== 'string') return `argument invalid! data.${key}.value must be a string`
    if (value.trim() === '') return `argument invalid! data.${key}.value is empty`
    const problem = RULES[kind](value)
    if (problem) return `argument invalid! data.${key}.value ${problem}`
  }
  return null
}
