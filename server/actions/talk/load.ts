/**
 * What 谈心谈话's screens are built from: a branch's people with their side, its talks of a year
 * or of another window of days (read through every page), its setting, and the coverage
 * core/talk/coverage.ts computes.
 */
import {
  branchCoverage,
  chinaYear,
  sideOf,
  yearWindow,
  type CoveragePerson,
  type PersonCoverage,
  type TalkWindow,
} from '../../../core/talk/coverage'
import { TALK_KIND_LABELS } from '../../../core/talk/labels'
import { DEFAULT_TALK_KINDS, TALK_KINDS, type TalkKind, type TalkSide } from '../../../core/talk/types'
import type { KindWords } from '../../../core/contract/talk'
import type { MemberDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { TalkDoc, TalkSettingDoc } from './model'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh')

export async function branchMembers(ctx: ActionContext, branchId: string): Promise<MemberDoc[]> {
  return (await findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' })).sort(byName)
}

/** Standing talks of a branch whose day falls in the window (both ends included). */
export async function talksBetween(ctx: ActionContext, branchId: string, window: TalkWindow): Promise<TalkDoc[]> {
  const _ = ctx.db.command
  return findAll<TalkDoc>(ctx.db, 'talks', {
    branchId,
    status: 'active',
    date: _.and([_.gte(window.from), _.lte(window.to)]),
  })
}

export async function countedKinds(ctx: ActionContext, branchId: string): Promise<TalkKind[]> {
  const setting = await findById<TalkSettingDoc>(ctx.db, 'talkSettings', branchId)
  const kinds = setting?.kinds ?? [...DEFAULT_TALK_KINDS]
  return TALK_KINDS.filter((k) => kinds.includes(k))
}

/** Sides of parties to the talks who are no longer on the branch's roll (moved or left). */
async function formerSides(ctx: ActionContext, people: MemberDoc[], talks: TalkDoc[]): Promise<Map<string, TalkSide>> {
  const here = new Set(people.map((p) => p._id))
  const ids = [...new Set(talks.flatMap((t) => [t.recorderId, t.partnerId]))].filter((id) => !here.has(id))
  if (ids.length === 0) return new Map()
  const found = await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(ids) })
  return new Map(found.map((m) => [m._id, sideOf(m.role)]))
}

export function coveragePeople(people: MemberDoc[]): CoveragePerson[] {
  return people.map((p) => ({ id: p._id, name: p.name, side: sideOf(p.role) }))
}

/** A branch's coverage over a window of days: today's roll, the setting, the talks in the window. */
export async function coverageBetween(ctx: ActionContext, branchId: string, window: TalkWindow) {
  const [people, talks, kinds] = await Promise.all([
    branchMembers(ctx, branchId),
    talksBetween(ctx, branchId, window),
    countedKinds(ctx, branchId),
  ])
  const former = await formerSides(ctx, people, talks)
  const result = branchCoverage({
    people: coveragePeople(people),
    talks: talks.map((t) => ({ aId: t.recorderId, bId: t.partnerId, date: t.date })),
    window,
    kinds,
    former,
  })
  return { members: people, talks, kinds, people: result.people, figures: result.figures }
}

/** A branch's coverage of a China calendar year (the 谈心谈话 sheets, the ledger, 制度落实情况). */
export function coverageOf(ctx: ActionContext, branchId: string, year: number) {
  return coverageBetween(ctx, branchId, yearWindow(year))
}

/** Per kind in words: 已谈 / 未谈 / 未谈（还差：…）, null when not asked of the person. */
export function kindWords(person: PersonCoverage): KindWords {
  return Object.fromEntries(
    TALK_KINDS.map((k) => {
      const s = person.kinds[k]
      if (!s.applies) return [k, null]
      if (s.covered) return [k, '已谈']
      return [k, s.missing.length > 0 ? `未谈（还差：${s.missing.join('、')}）` : '未谈']
    }),
  ) as KindWords
}

export function ruleRows(kinds: TalkKind[], rules: Record<TalkKind, string>) {
  return TALK_KINDS.map((k) => ({ kind: k, label: TALK_KIND_LABELS[k], rule: rules[k], counted: kinds.includes(k) }))
}

export function thisYear(ctx: ActionContext): number {
  return chinaYear(ctx.now())
}
