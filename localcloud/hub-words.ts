/**
 * The hub speaks China time, as WeChat's cloud does (its timers run on China's clock): the clock
 * shown as `2026年12月7日 14:30（北京时间）`, set from `2026-12-07 14:30` (China time) as well as
 * from an ISO instant or milliseconds, and its distance from the real clock in words. China is
 * UTC+8 all year (no summer time since 1992). Pure functions; hub.ts and the tests use them.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const two = (n: number): string => String(n).padStart(2, '0')

/** `2026年12月7日 14:30（北京时间）` */
export function chinaTimeText(instant: number): string {
  const d = new Date(instant + CHINA_OFFSET_MS)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}（北京时间）`
}

/** `3天2小时`, `5分钟`: the two largest units of a distance (under a minute: none). */
function spanText(ms: number): string {
  const parts: string[] = []
  let rest = Math.round(Math.abs(ms) / MINUTE) * MINUTE
  for (const [unit, size] of [
    ['天', DAY],
    ['小时', HOUR],
    ['分钟', MINUTE],
  ] as const) {
    const n = Math.floor(rest / size)
    rest -= n * size
    if (n > 0 || parts.length > 0) parts.push(n > 0 ? `${n}${unit}` : '')
  }
  return parts.filter(Boolean).slice(0, 2).join('')
}

/** How far the cloud's clock is from the real one: `比真实时间快3天2小时`, `与真实时间一致`. */
export function offsetText(offsetMs: number): string {
  if (Math.abs(offsetMs) < MINUTE / 2) return '与真实时间一致'
  return `比真实时间${offsetMs > 0 ? '快' : '慢'}${spanText(offsetMs)}`
}

/**
 * A China wall-clock time: `2026-12-07 14:30`, `2026-12-07T14:30:05`, `2026/12/7 9:05`,
 * `2026年12月7日 14:30` (what the hub shows, `（北京时间）` and all), or a day alone (its 00:00).
 */
const CHINA_TIME =
  /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?\s*(?:[（(]北京时间[)）])?$/

/** The instant of a China wall-clock time, or null when the text is not one (or no such day). */
export function parseChinaTime(text: string): number | null {
  const m = CHINA_TIME.exec(text.trim())
  if (!m) return null
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)))
  const [year, month, day] = [y as number, mo as number, d as number]
  if (h > 23 || mi > 59 || s > 59) return null
  const utc = Date.UTC(year, month - 1, day, h, mi, s)
  const back = new Date(utc)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null
  return utc - CHINA_OFFSET_MS
}

/** An ISO instant that names its zone (`Z`, `+08:00`): any other text is China time or nothing. */
const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * What the hub takes for "now": null (back to the clock's start), milliseconds, an ISO instant
 * with its zone, or China time; undefined for anything else.
 */
export function parseInstant(value: unknown): number | null | undefined {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (ZONED_ISO.test(text)) {
    const ms = Date.parse(text)
    return Number.isNaN(ms) ? undefined : ms
  }
  return parseChinaTime(text) ?? undefined
}

/** The refusal of a time the hub cannot read. */
export const BAD_TIME = '时间格式不对：请填北京时间，如 2026-12-07 14:30；也可填带时区的 ISO 时间或毫秒数'

/**
 * A timer's schedule in words (WeChat's seven-field cron, China time): `每分钟`, `每10分钟`,
 * `每天 09:00`; any other schedule as it is written.
 */
export function cronText(cron: string): string {
  const [second, minute, hour, day, month, weekday] = cron.trim().split(/\s+/)
  const rest = [day, month, weekday].every((f) => f === '*')
  if (second !== '0' || !rest) return `按计划 ${cron}`
  if (hour === '*' && minute === '*') return '每分钟'
  const every = /^\*\/(\d+)$/.exec(minute)
  if (hour === '*' && every) return `每${every[1]}分钟`
  if (/^\d+$/.test(hour) && /^\d+$/.test(minute)) return `每天 ${two(Number(hour))}:${two(Number(minute))}`
  return `按计划 ${cron}`
}
