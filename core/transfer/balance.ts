/**
 * 党内统计's balance: for 党员总数, 正式党员 and 预备党员, 年初 + 增加 − 减少 must equal 年末.
 * 增加: 发展党员 (into 预备) and 组织关系转入 (into the standing they arrived with); 减少: 转出, 出党,
 * 死亡 and other departures (from the standing they left with); 转正 moves one from 预备 to 正式 and
 * leaves the total alone. Pure: given the year's figures, it says which line does not add up, by how
 * many, and who is behind the difference (on the year-end roll unexplained, or explained but absent).
 */
import type { DevelopFigures, Figure, StatsPerson, YearMovement } from './stats'
import { standingAt } from './stats'

export type BalanceKey = 'total' | 'full' | 'probationary'
export const BALANCE_KEYS: readonly BalanceKey[] = ['total', 'full', 'probationary']
export const BALANCE_LABELS: Record<BalanceKey, string> = {
  total: '党员总数',
  full: '正式党员',
  probationary: '预备党员',
}

type Name = Figure['names'][number]

export interface BalanceLine {
  key: BalanceKey
  start: number
  added: number
  removed: number
  /** start + added − removed. */
  expected: number
  end: number
  /** On the year-end figure more often than the start and movements put them there. */
  extra: Name[]
  /** Put there by the start and movements, yet not (or less often) on the year-end figure. */
  missing: Name[]
}

export function balanced(line: BalanceLine): boolean {
  return line.expected === line.end && line.extra.length === 0 && line.missing.length === 0
}

/** Each line of the year's balance. `people` gives each mover's standing on the day they moved. */
export function yearBalance(people: StatsPerson[], move: YearMovement, developed: DevelopFigures): BalanceLine[] {
  const byId = new Map(people.map((p) => [p.id, p]))
  const standingOn = (n: Name, day: (p: StatsPerson) => string | null) => {
    const p = byId.get(n.id)
    const d = p ? day(p) : null
    return p && d ? standingAt(p, d) : null
  }
  const arrivals = move.transfersIn.names
  const leavers = [...move.transfersOut.names, ...move.exits.names, ...move.deaths.names, ...move.others.names]
  const arrivedAs = (s: 'full' | 'probationary') => arrivals.filter((n) => standingOn(n, (p) => p.fromDay) === s)
  const leftAs = (s: 'full' | 'probationary') => leavers.filter((n) => standingOn(n, (p) => p.left?.day ?? null) === s)
  const parts: Record<BalanceKey, { added: Name[]; removed: Name[] }> = {
    total: { added: [...developed.admitted.names, ...arrivals], removed: leavers },
    full: { added: [...developed.full.names, ...arrivedAs('full')], removed: leftAs('full') },
    probationary: {
      added: [...developed.admitted.names, ...arrivedAs('probationary')],
      removed: [...developed.full.names, ...leftAs('probationary')],
    },
  }
  return BALANCE_KEYS.map((key) => {
    const start = move.start[key].names
    const end = move.end[key].names
    const { added, removed } = parts[key]
    const counts = new Map<string, { name: Name; n: number }>()
    const bump = (n: Name, by: number) => {
      const was = counts.get(n.id)
      counts.set(n.id, { name: n, n: (was?.n ?? 0) + by })
    }
    for (const n of start) bump(n, 1)
    for (const n of added) bump(n, 1)
    for (const n of removed) bump(n, -1)
    for (const n of end) bump(n, -1)
    // Each person should net to nothing: +1 for being expected, −1 for being there at the end.
    const extra: Name[] = []
    const missing: Name[] = []
    for (const { name, n } of counts.values()) {
      for (let i = n; i < 0; i++) extra.push(name)
      for (let i = 0; i < n; i++) missing.push(name)
    }
    const expected = start.length + added.length - removed.length
    return {
      key,
      start: start.length,
      added: added.length,
      removed: removed.length,
      expected,
      end: end.length,
      extra,
      missing,
    }
  })
}

/** The line in words: the sum when it balances, else which figure is off, by how many, and who. */
export function balanceWords(line: BalanceLine): string {
  const label = BALANCE_LABELS[line.key]
  const sum = `${label}：年初${line.start}人＋增加${line.added}人－减少${line.removed}人＝${line.expected}人`
  if (balanced(line)) return `${sum}，与年末${line.end}人相符。`
  const diff = line.end - line.expected
  const off = diff === 0 ? '人数相同但人员对不上' : `年末${diff > 0 ? '多' : '少'}${Math.abs(diff)}人`
  const who = (names: Name[]) => names.map((n) => n.name).join('、')
  const parts = [
    line.extra.length ? `年末名单比记录多出：${who(line.extra)}` : '',
    line.missing.length ? `按记录应在年末名单上却不在：${who(line.missing)}` : '',
  ].filter(Boolean)
  return `${label}不平衡：${sum}，年末实有${line.end}人，${off}。${parts.join('；')}${parts.length ? '。' : ''}`
}
