/**
 * 谈心谈话 coverage, pure. The 条例 (core/talk/types.ts) asks that 支部委员之间、支部委员和党员之间、
 * 党员和党员之间 each talk 一般不少于1次 a year. What “covered” means per member and per kind —
 * stated to people in TALK_KIND_RULES, applied here:
 * - 支委之间 (only for a 支委, when the branch has another): covered when they talked with EVERY
 *   other current 支委 this year. The committee is 3–7 people and the 条例 says “之间”: each pair.
 * - 支委与党员: a 党员 is covered when they talked with at least one 支委; a 支委 when they talked
 *   with at least one 党员 (counting every pair of a committee and a 50-member roll would ask for
 *   hundreds of talks, which the 条例's “一般不少于1次” does not).
 * - 党员之间 (only for a 党员, when the branch has another): covered when they talked with at
 *   least one other 党员.
 * 支委 = roster role 书记 or 支委, as the roster says today; 预备党员 are 党员. A kind the branch
 * does not count (its setting) or that cannot apply to a person is not asked of them. Talks count
 * in a window of China days: the year's sheets read the China calendar year of the talk's date (a
 * China day, so 23:50 on 31 Dec is that year's and 00:10 on 1 Jan the next's — chinaDate() turns an
 * instant into the day); the 组织生活会's checklist reads the run-up to the meeting
 * (core/orglife/rules.ts talkRunUp).
 */
import { chinaDate } from '../dates'
import type { TalkKind, TalkSide } from './types'
import { TALK_KINDS } from './types'

export interface CoveragePerson {
  id: string
  name: string
  side: TalkSide
}

/** A talk as coverage reads it: the two parties and the China day. */
export interface CoverageTalk {
  aId: string
  bId: string
  date: string
}

/** One kind for one person: not asked of them, or covered / not, with who is still missing (支委之间). */
export type KindState = { applies: false } | { applies: true; covered: boolean; missing: string[] }

export interface PersonCoverage {
  id: string
  name: string
  side: TalkSide
  kinds: Record<TalkKind, KindState>
  /** Every counted kind that applies is covered (true also when none applies). */
  covered: boolean
  /** Talks in the window with anyone of the branch. */
  talks: number
}

export interface CoverageFigures {
  /** People asked for at least one kind. */
  counted: number
  covered: number
  perKind: Record<TalkKind, { counted: number; covered: number }>
}

export function sideOf(role: 'member' | 'secretary' | 'committee'): TalkSide {
  return role === 'member' ? 'member' : 'committee'
}

/** The kind of a pair, from both sides (order does not matter). */
export function kindOf(a: TalkSide, b: TalkSide): TalkKind {
  if (a === 'committee' && b === 'committee') return 'committeeCommittee'
  if (a === 'member' && b === 'member') return 'memberMember'
  return 'committeeMember'
}

/** The China days whose talks count, both ends included. */
export interface TalkWindow {
  from: string
  to: string
}

/** A calendar year as a window: 1 January to 31 December. */
export function yearWindow(year: number): TalkWindow {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The year a talk counts toward: the China calendar year of its day. */
export function talkYear(date: string): number {
  return Number(date.slice(0, 4))
}

/** The China year of an instant (31 Dec 23:50 China time is still that year). */
export function chinaYear(instant: number): number {
  return talkYear(chinaDate(instant))
}

/**
 * The people each person talked with in the window, by kind. Talks with people no longer on the
 * branch's roll still count for the one who stays (the talk happened); their side is unknown
 * then, so they are looked up in `former` (sides of people who left or moved).
 */
export function branchCoverage(input: {
  people: CoveragePerson[]
  talks: CoverageTalk[]
  window: TalkWindow
  kinds: readonly TalkKind[]
  /** Sides of parties no longer on the roll, by id. */
  former?: ReadonlyMap<string, TalkSide>
}): { people: PersonCoverage[]; figures: CoverageFigures } {
  const counted = new Set(input.kinds)
  const sides = new Map<string, TalkSide>(input.former ?? [])
  for (const p of input.people) sides.set(p.id, p.side)
  const partners = new Map<string, Set<string>>()
  const talksOf = new Map<string, number>()
  const add = (a: string, b: string) => {
    const set = partners.get(a) ?? new Set<string>()
    set.add(b)
    partners.set(a, set)
    talksOf.set(a, (talksOf.get(a) ?? 0) + 1)
  }
  for (const t of input.talks) {
    if (t.date < input.window.from || t.date > input.window.to || t.aId === t.bId) continue
    add(t.aId, t.bId)
    add(t.bId, t.aId)
  }
  const committee = input.people.filter((p) => p.side === 'committee')
  const members = input.people.filter((p) => p.side === 'member')
  const perKind = Object.fromEntries(
    TALK_KINDS.map((k) => [k, { counted: 0, covered: 0 }]),
  ) as CoverageFigures['perKind']
  let countedPeople = 0
  let coveredPeople = 0
  const people = input.people.map((p): PersonCoverage => {
    const mine = partners.get(p.id) ?? new Set<string>()
    const talkedWithSide = (side: TalkSide) => [...mine].some((id) => sides.get(id) === side)
    const otherCommittee = committee.filter((c) => c.id !== p.id)
    const otherMembers = members.filter((m) => m.id !== p.id)
    const state = (kind: TalkKind): KindState => {
      if (!counted.has(kind)) return { applies: false }
      if (kind === 'committeeCommittee') {
        if (p.side !== 'committee' || otherCommittee.length === 0) return { applies: false }
        const missing = otherCommittee.filter((c) => !mine.has(c.id)).map((c) => c.name)
        return { applies: true, covered: missing.length === 0, missing }
      }
      if (kind === 'memberMember') {
        if (p.side !== 'member' || otherMembers.length === 0) return { applies: false }
        return { applies: true, covered: talkedWithSide('member'), missing: [] }
      }
      const other: TalkSide = p.side === 'committee' ? 'member' : 'committee'
      if ((other === 'member' ? members : committee).length === 0) return { applies: false }
      return { applies: true, covered: talkedWithSide(other), missing: [] }
    }
    const kinds = Object.fromEntries(TALK_KINDS.map((k) => [k, state(k)])) as Record<TalkKind, KindState>
    const applying = TALK_KINDS.filter((k) => kinds[k].applies)
    const covered = applying.every((k) => {
      const s = kinds[k]
      return s.applies && s.covered
    })
    for (const k of applying) {
      const s = kinds[k]
      perKind[k].counted += 1
      if (s.applies && s.covered) perKind[k].covered += 1
    }
    if (applying.length > 0) {
      countedPeople += 1
      if (covered) coveredPeople += 1
    }
    return { id: p.id, name: p.name, side: p.side, kinds, covered, talks: talksOf.get(p.id) ?? 0 }
  })
  return { people, figures: { counted: countedPeople, covered: coveredPeople, perKind } }
}

/** A share as people read it: `12/20人（60%）`; `—` when no one is counted. */
export function shareWords(covered: number, counted: number): string {
  if (counted === 0) return '—'
  return `${covered}/${counted}人（${Math.round((covered / counted) * 100)}%）`
}

/** What one person still lacks, in words: `支委之间（还差：王芳、李强）、党员之间`; '' when covered. */
export function missingWords(person: PersonCoverage, labels: Record<TalkKind, string>): string {
  return TALK_KINDS.flatMap((k) => {
    const s = person.kinds[k]
    if (!s.applies || s.covered) return []
    return [s.missing.length > 0 ? `${labels[k]}（还差：${s.missing.join('、')}）` : labels[k]]
  }).join('、')
}

export type TalkDateProblem = 'future' | 'beforeArrival'

/**
 * Whether a talk's day can be recorded: not after today (China time) and not before either party
 * arrived in the branch (they were not both in it then).
 */
export function talkDateProblem(date: string, today: string, arrivals: string[]): TalkDateProblem | null {
  if (date > today) return 'future'
  if (arrivals.some((a) => date < a)) return 'beforeArrival'
  return null
}

/**
 * The China day a member arrived in their current branch: the latest 组织关系转接 into it, or — on
 * the roster since before the app knew of moves — their 入党日期.
 */
export function arrivalDay(member: {
  branchId: string
  joinDate: string
  transfers?: Array<{ at: number; toBranchId: string }>
}): string {
  const into = (member.transfers ?? []).filter((t) => t.toBranchId === member.branchId)
  const last = into.reduce<number | null>((m, t) => (m === null || t.at > m ? t.at : m), null)
  return last === null ? member.joinDate : chinaDate(last)
}

/**
 * The nudge on the secretary's 支部待办: a 组织生活会 is on the calendar within `days` days and
 * someone is not yet covered. The 组织生活会's checklist asks for 谈心谈话 before it.
 */
export function talkNudgeDue(input: {
  now: number
  lifeMeetingStarts: number[]
  notCovered: number
  days: number
}): number | null {
  if (input.notCovered === 0) return null
  const until = input.now + input.days * 24 * 60 * 60 * 1000
  const next = input.lifeMeetingStarts.filter((t) => t >= input.now && t <= until).sort((a, b) => a - b)[0]
  return next ?? null
}

/**
 * For a member new to the branch (transfer-in, issue 26): whom to suggest a first talk with — the
 * branch's 书记, or failing one the first 支委, never the newcomer themself — with the words to say it.
 */
export function newcomerTalkSuggestion(
  newcomerId: string,
  roster: Array<{ id: string; name: string; role: 'member' | 'secretary' | 'committee' }>,
): { partnerId: string; partnerName: string; words: string } | null {
  const others = roster.filter((p) => p.id !== newcomerId)
  const partner = others.find((p) => p.role === 'secretary') ?? others.find((p) => p.role === 'committee')
  if (!partner) return null
  return {
    partnerId: partner.id,
    partnerName: partner.name,
    words: `新到支部的同志，建议${partner.name}同志近期与其谈一次心，并在“谈心谈话”里记下。`,
  }
}
