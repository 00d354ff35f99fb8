/** The printed report of `npm run test:abuse`: every figure, and what failed. */
import type { StoreFigures } from '../bench/suites/8-store'
import type { CrowdReport } from '../tests/abuse/crowd'
import type { FuzzReport } from '../tests/abuse/fuzz'
import type { Kill9Report } from '../tests/abuse/kill9'
import type { TimerReport } from '../tests/abuse/timers'

export interface RetryTotals {
  actions: number
  kills: number
  killsLanded: number
  problems: string[]
}

export interface AbuseResults {
  fuzz: FuzzReport
  retries: RetryTotals
  kill9: Kill9Report
  timers: TimerReport
  crowd: CrowdReport
  store: StoreFigures
}

const n = (value: number) => value.toLocaleString('en-US')
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`

function rows(title: string, list: Array<[string, string]>): string[] {
  const width = Math.max(...list.map(([k]) => k.length))
  return [title, ...list.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)]
}

/** What went wrong, one line each; empty when the run passed. */
export function failures(r: AbuseResults, crowdSize: number): string[] {
  const out: string[] = []
  for (const v of r.fuzz.violations.slice(0, 20))
    out.push(`bad input: ${v.call} as ${v.who} (${v.mutations.join('; ')}): ${v.problem} — ${v.answer}`)
  if (r.fuzz.violations.length > 20) out.push(`bad input: … and ${r.fuzz.violations.length - 20} more`)
  out.push(...r.retries.problems.map((p) => `retry: ${p}`))
  out.push(...r.kill9.lost.map((w) => `kill -9: acknowledged write lost: ${w}`))
  out.push(...r.kill9.doubled.map((w) => `kill -9: written twice: ${w}`))
  out.push(...r.kill9.refused.map((w) => `kill -9: refused: ${w}`))
  out.push(...r.timers.differences.map((d) => `timers: ${d}`))
  out.push(...r.timers.duplicates.map((d) => `timers: sent twice: ${d}`))
  const c = r.crowd
  const exact =
    c.leaveRequests === crowdSize &&
    c.leaveDoubled === 0 &&
    c.payments === crowdSize &&
    c.reportsAccepted === crowdSize &&
    c.secondTapsRefused === crowdSize &&
    c.billsAmiss === 0
  if (!exact) out.push(`crowd: counts are not exact: ${JSON.stringify({ ...c, failures: c.failures.length })}`)
  out.push(...c.failures.slice(0, 10).map((f) => `crowd: ${f}`))
  return out
}

export function printReport(r: AbuseResults, header: string, crowdSize: number): void {
  const refused = Object.entries(r.fuzz.refusedByCode).sort((a, b) => b[1] - a[1])
  const refusedTotal = refused.reduce((sum, [, count]) => sum + count, 0)
  const lines = [
    '',
    `=== npm run test:abuse — ${header}`,
    '',
    ...rows('Bad input, generated from every action’s schema, as each of five identities', [
      ['payloads tried', n(r.fuzz.tried)],
      ['answered with a success', n(r.fuzz.succeeded)],
      ['refused with a documented code', n(refusedTotal)],
      ['crashed function instances', n(r.fuzz.crashes)],
      [
        '5xx, INTERNAL or internals in an answer',
        n(r.fuzz.violations.filter((v) => /HTTP 5|INTERNAL|internals/.test(v.problem)).length),
      ],
      ['data changed by a refused call', n(r.fuzz.changedByRefusal)],
      ['answers out of contract', n(r.fuzz.violations.length)],
    ]),
    '  refused, by code:',
    ...refused.map(([code, count]) => `    ${code.padEnd(36)} ${n(count)}`),
    '',
    ...rows('The same tap sent again (request keys): twice, three at once, killed mid-call then retried', [
      ['create actions', n(r.retries.actions)],
      ['instances killed mid-call', `${n(r.retries.kills)} (${n(r.retries.killsLanded)} while the call ran)`],
      ['records doubled or lost', n(r.retries.problems.length)],
    ]),
    '',
    ...rows('kill -9 of the whole local cloud during writes from outside (sign-ins, check-ins, dues reports)', [
      ['writes', n(r.kill9.writes)],
      ['acknowledged', n(r.kill9.acknowledged)],
      ['cut off unanswered', n(r.kill9.unanswered)],
      ['kills', n(r.kill9.kills)],
      ['writes lost after kill -9', n(r.kill9.lost.length)],
      ['writes doubled', n(r.kill9.doubled.length)],
    ]),
    '',
    ...rows('Timers killed mid-run, then fired three times at once (timer and sender)', [
      ['moments with work', n(r.timers.instants)],
      ['fires', `${n(r.timers.fires)} (${n(r.timers.killsLanded)} killed while running)`],
      ['records, against one fire each', `${n(r.timers.records)} (${r.timers.differences.length} collections differ)`],
      ['duplicates after triple timers', n(r.timers.duplicates.length)],
      [
        'pushes sent',
        `${n(r.timers.messagesSent)} (${n(r.timers.messagesSentOnce)} when fired once: one cut off mid-send is never sent again)`,
      ],
    ]),
    '',
    ...rows(`A crowd at once (${n(crowdSize)} members)`, [
      ['leave requests', `${n(r.crowd.leaveRequests)} (${n(r.crowd.leaveDoubled)} with a doubled request)`],
      [
        'dues reports, each tapped twice',
        `${n(r.crowd.payments)} payments, ${n(r.crowd.secondTapsRefused)} second taps refused, ${n(r.crowd.billsAmiss)} bills amiss`,
      ],
    ]),
    '',
    ...rows('The store: a where().update of 3,000 documents on disk', [
      ['before (one document per commit)', ms(r.store.whereUpdateBeforeMs)],
      [
        'now (one commit)',
        `${ms(r.store.whereUpdateMs)} (${(r.store.whereUpdateMs / r.store.whereUpdateBeforeMs).toFixed(2)}× before)`,
      ],
      ['the store alone, before → now', `${ms(r.store.onePerCommitMs)} → ${ms(r.store.oneCommitMs)}`],
    ]),
  ]
  console.log(lines.join('\n'))
}
