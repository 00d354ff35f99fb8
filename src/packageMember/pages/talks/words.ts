/** `2026-03-06` → `2026年3月6日`. */
export function dayWords(date: string): string {
  const [y, m, d] = date.split('-')
  return y && m && d ? `${y}年${Number(m)}月${Number(d)}日` : date
}
