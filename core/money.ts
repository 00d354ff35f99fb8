/** Money is integer fen end to end; yuan exist only as text a person reads or types. */

const YUAN_RE = /^(\d{1,9})(?:\.(\d{1,2}))?$/

/** `3000.01` → 300001. Returns null for anything that is not a plain non-negative amount. */
export function parseYuanToFen(text: string): number | null {
  const match = YUAN_RE.exec(text.trim().replace(/[,，]/g, '').replace(/元$/, ''))
  if (!match) return null
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : null
}

/** 300001 → `3000.01` */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
