/**
 * The secretary's 谈心谈话 sheet: per member covered / not covered for the year, in words and as
 * figures — never a note, never whom a person talked with beyond the 支委 still missing — and the
 * branch's setting of which kinds count (audited). The office sees each branch's share. Before a
 * 组织生活会 the nudge counts the meeting's run-up, as its checklist does.
 */
import { ROLE_LABELS } from '../../../core/contract/org-labels'
import type { CoverageSheet, TalkShares } from '../../../core/contract/talk'
import { formatChinaDay } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { missingWords, shareWords, talkNudgeDue } from '../../../core/talk/coverage'
import { TALK_KIND_LABELS, TALK_KIND_RULES, TALK_RULE_SOURCE } from '../../../core/talk/labels'
import { TALK_LIMITS } from '../../../core/talk/limits'
import { TALK_KINDS, type TalkKind } from '../../../core/talk/types'
import { sinceWords } from '../../../core/orglife/rules'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, branchOf } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import { branchesInOrder } from '../attendance/branches'
import { runUpCoverage } from '../orglife/talks'
import { countedKinds, coverageOf, kindWords, ruleRows, thisYear } from './load'
import type { TalkSettingDoc } from './model'

const DAY_MS = 24 * 60 * 60 * 1000

function yearsUpTo(year: number): number[] {
  return [year, year - 1, year - 2]
}

/** Published or planned 组织生活会 of the branch starting within the next `nudgeDays` days, soonest first. */
export async function lifeMeetingsSoon(ctx: ActionContext, branchId: string): Promise<ActivityDoc[]> {
  const now = ctx.now()
  const _ = ctx.db.command
  const found = await findAll<ActivityDoc>(ctx.db, 'activities', {
    branchId,
    type: 'lifeMeeting',
    status: _.in(['planned', 'published']),
    startAt: _.and([_.gte(now), _.lte(now + TALK_LIMITS.nudgeDays * DAY_MS)]),
  })
  return found.sort((a, b) => a.startAt - b.startAt)
}

/**
 * The nudge in words, or null: a 组织生活会 within `nudgeDays` while some are not covered in its
 * run-up — the figure and window its checklist shows (runUpCoverage). Looked for first, so most
 * days cost one small query (首页's 支部待办 asks on every open).
 */
export async function talkNudge(ctx: ActionContext, branchId: string): Promise<string | null> {
  const [next] = await lifeMeetingsSoon(ctx, branchId)
  if (!next) return null
  const { figures, window } = await runUpCoverage(ctx, next)
  const notCovered = figures.counted - figures.covered
  const due = talkNudgeDue({
    now: ctx.now(),
    lifeMeetingStarts: [next.startAt],
    notCovered,
    days: TALK_LIMITS.nudgeDays,
  })
  return due === null
    ? null
    : `${formatChinaDay(due)}召开组织生活会，会前宜完成谈心谈话：还有${notCovered}人未谈${sinceWords(window)}`
}

/** 首页's 支部待办 line for 谈心谈话: the same nudge as the 谈心谈话 sheet's. */
export const officerTalkNudge = talkNudge

export async function coverageSheet(ctx: ActionContext, branchId: string, year: number): Promise<CoverageSheet> {
  const [branch, coverage] = await Promise.all([branchOf(ctx, branchId), coverageOf(ctx, branchId, year)])
  const lastDate = new Map<string, string>()
  for (const t of coverage.talks) {
    for (const id of [t.recorderId, t.partnerId]) {
      if ((lastDate.get(id) ?? '') < t.date) lastDate.set(id, t.date)
    }
  }
  const roles = new Map(coverage.members.map((p) => [p._id, p.role]))
  const { figures } = coverage
  const current = year === thisYear(ctx)
  return {
    branchId,
    branchName: branch.name,
    year,
    years: yearsUpTo(thisYear(ctx)),
    kinds: coverage.kinds,
    rules: ruleRows(coverage.kinds, TALK_KIND_RULES),
    source: TALK_RULE_SOURCE,
    figures: {
      counted: figures.counted,
      covered: figures.covered,
      share: shareWords(figures.covered, figures.counted),
      perKind: coverage.kinds.map((k) => ({
        kind: k,
        label: TALK_KIND_LABELS[k],
        ...figures.perKind[k],
        share: shareWords(figures.perKind[k].covered, figures.perKind[k].counted),
      })),
    },
    talks: coverage.talks.length,
    rows: coverage.people.map((p) => ({
      id: p.id,
      name: p.name,
      role: ROLE_LABELS[roles.get(p.id) ?? 'member'],
      side: p.side,
      covered: p.covered,
      kinds: kindWords(p),
      missing: missingWords(p, TALK_KIND_LABELS),
      talks: p.talks,
      lastDate: lastDate.get(p.id) ?? null,
    })),
    nudge: current ? await talkNudge(ctx, branchId) : null,
  }
}

export async function getCoverage(
  input: { branchId?: string; year?: number },
  ctx: ActionContext,
): Promise<CoverageSheet> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  return coverageSheet(ctx, branchId, input.year ?? thisYear(ctx))
}

export async function setTalkKinds(
  input: { branchId?: string; year?: number; kinds: TalkKind[] },
  ctx: ActionContext,
): Promise<CoverageSheet> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const kinds = TALK_KINDS.filter((k) => input.kinds.includes(k))
  if (kinds.length === 0) throw new DomainError('TALK.NO_KINDS')
  const branch = await branchOf(ctx, branchId)
  const before = await countedKinds(ctx, branchId)
  if (before.join() !== kinds.join()) {
    const existing = await findById<TalkSettingDoc>(ctx.db, 'talkSettings', branchId)
    const doc = {
      branchId,
      kinds,
      updatedAt: ctx.now(),
      updatedById: actorId(ctx),
      updatedByName: actorName(ctx),
    }
    if (existing) await ctx.db.collection('talkSettings').doc(branchId).update({ data: doc })
    else await ctx.db.collection('talkSettings').doc(branchId).set({ data: doc })
    const words = (ks: TalkKind[]) => ks.map((k) => TALK_KIND_LABELS[k]).join('、')
    await audit(ctx, {
      kind: 'talk.setting',
      summary: `${branch.name}谈心谈话计入：${words(kinds)}`,
      branchId,
      targetId: branchId,
      before: { kinds: words(before) },
      after: { kinds: words(kinds) },
    })
  }
  return coverageSheet(ctx, branchId, input.year ?? thisYear(ctx))
}

export async function talkShares(input: { year?: number }, ctx: ActionContext): Promise<TalkShares> {
  const year = input.year ?? thisYear(ctx)
  const branches = await branchesInOrder(ctx)
  const rows = await Promise.all(
    branches.map(async (b) => {
      const { figures, talks } = await coverageOf(ctx, b.id, year)
      return {
        branchId: b.id,
        name: b.name,
        counted: figures.counted,
        covered: figures.covered,
        share: shareWords(figures.covered, figures.counted),
        talks: talks.length,
      }
    }),
  )
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0)
  const counted = sum((r) => r.counted)
  const covered = sum((r) => r.covered)
  return {
    year,
    years: yearsUpTo(thisYear(ctx)),
    branches: rows,
    total: { counted, covered, share: shareWords(covered, counted), talks: sum((r) => r.talks) },
  }
}
