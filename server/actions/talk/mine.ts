/**
 * A member's 谈心谈话: the talks they are a party to (either side), with notes — theirs and the
 * other party's to read — and writes: record, and for the one who recorded it, correct or
 * withdraw, each audited without the notes and answering with the screen's new data.
 */
import { ROLE_LABELS } from '../../../core/contract/org-labels'
import type { MyTalks, TalkView } from '../../../core/contract/talk'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { arrivalDay, talkDateProblem } from '../../../core/talk/coverage'
import { TALK_KIND_RULES, TALK_KIND_LABELS } from '../../../core/talk/labels'
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { coverageOf, kindWords, thisYear } from './load'
import type { TalkDoc } from './model'

const CHANGE_WORDS = { correct: '更正', withdraw: '撤回' } as const

function caller(ctx: ActionContext): MemberDoc {
  const member = ctx.caller.member
  if (!member) throw new DomainError('AUTH.NOT_BOUND')
  return member
}

/** Talks I am a party to, standing or withdrawn, of the year. */
async function myTalks(ctx: ActionContext, me: MemberDoc, year: number): Promise<TalkDoc[]> {
  const _ = ctx.db.command
  const date = _.and([_.gte(`${year}-01-01`), _.lte(`${year}-12-31`)])
  const [mine, theirs] = await Promise.all([
    findAll<TalkDoc>(ctx.db, 'talks', { recorderId: me._id, date }),
    findAll<TalkDoc>(ctx.db, 'talks', { partnerId: me._id, date }),
  ])
  return [...mine, ...theirs].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt)
}

export async function myTalksPage(ctx: ActionContext): Promise<MyTalks> {
  const me = caller(ctx)
  const year = thisYear(ctx)
  const [coverage, talks] = await Promise.all([coverageOf(ctx, me.branchId, year), myTalks(ctx, me, year)])
  const ids = [...new Set(talks.flatMap((t) => [t.recorderId, t.partnerId]))]
  const names = new Map(coverage.members.map((p) => [p._id, p.name]))
  const missing = ids.filter((id) => !names.has(id))
  if (missing.length > 0) {
    for (const m of await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(missing) })) {
      names.set(m._id, m.name)
    }
  }
  const view = (t: TalkDoc): TalkView => {
    const partnerId = t.recorderId === me._id ? t.partnerId : t.recorderId
    return {
      id: t._id,
      partner: { id: partnerId, name: names.get(partnerId) ?? '' },
      date: t.date,
      notes: t.notes,
      status: t.status,
      recordedByMe: t.recorderId === me._id,
      recordedByName: t.recorderName,
      changes: t.changes.map((c) => ({ at: c.at, byName: c.byName, what: CHANGE_WORDS[c.what], reason: c.reason })),
      canChange: t.recorderId === me._id && t.status === 'active',
    }
  }
  const mine = coverage.people.find((p) => p.id === me._id)
  const blank = { covered: true, kinds: { committeeCommittee: null, committeeMember: null, memberMember: null } }
  return {
    year,
    today: chinaDate(ctx.now()),
    earliest: arrivalDay(me),
    people: coverage.members
      .filter((p) => p._id !== me._id)
      .map((p) => ({ id: p._id, name: p.name, role: ROLE_LABELS[p.role] })),
    talks: talks.map(view),
    me: mine ? { covered: mine.covered, kinds: kindWords(mine) } : blank,
    rules: coverage.kinds.map((k) => ({ kind: k, label: TALK_KIND_LABELS[k], rule: TALK_KIND_RULES[k] })),
  }
}

export function getMyTalks(_input: Record<string, never>, ctx: ActionContext): Promise<MyTalks> {
  return myTalksPage(ctx)
}

/** The partner is another active member of my branch, and the day fits us both. */
async function checkTalk(ctx: ActionContext, me: MemberDoc, partnerId: string, date: string): Promise<MemberDoc> {
  if (partnerId === me._id) throw new DomainError('TALK.SELF')
  const partner = await findById<MemberDoc>(ctx.db, 'members', partnerId)
  if (!partner || partner.status !== 'active' || partner.branchId !== me.branchId) {
    throw new DomainError('TALK.NOT_IN_BRANCH')
  }
  const problem = talkDateProblem(date, chinaDate(ctx.now()), [arrivalDay(me), arrivalDay(partner)])
  if (problem === 'future') throw new DomainError('TALK.FUTURE')
  if (problem === 'beforeArrival') throw new DomainError('TALK.BEFORE_ARRIVAL')
  return partner
}

export async function recordTalk(
  input: { partnerId: string; date: string; notes: string },
  ctx: ActionContext,
): Promise<MyTalks> {
  const me = caller(ctx)
  const partner = await checkTalk(ctx, me, input.partnerId, input.date)
  // The other party reads the notes.
  const contentVerdict = await checkContent(ctx, input.notes, 2)
  const now = ctx.now()
  const doc: TalkDoc = {
    _id: `talk-${keyedId(ctx, 'talk', 20)}`,
    branchId: me.branchId,
    recorderId: me._id,
    recorderName: me.name,
    partnerId: partner._id,
    date: input.date,
    notes: input.notes,
    status: 'active',
    contentVerdict,
    createdAt: now,
    updatedAt: now,
    changes: [],
  }
  // The same tap retried writes one record, and its audit entry (keyed too) once.
  await addOnce(ctx.db, 'talks', doc)
  await audit(ctx, {
    kind: 'talk.record',
    summary: `记录谈心谈话：${me.name}与${partner.name}，${input.date}`,
    branchId: me.branchId,
    targetId: doc._id,
    after: { date: input.date, partner: partner.name },
  })
  return myTalksPage(ctx)
}

async function ownTalk(ctx: ActionContext, me: MemberDoc, talkId: string): Promise<TalkDoc> {
  const talk = await findById<TalkDoc>(ctx.db, 'talks', talkId)
  if (!talk || (talk.recorderId !== me._id && talk.partnerId !== me._id)) throw new DomainError('TALK.NOT_FOUND')
  if (talk.recorderId !== me._id) throw new DomainError('TALK.NOT_YOURS')
  if (talk.status !== 'active') throw new DomainError('TALK.WITHDRAWN')
  return talk
}

async function change(
  ctx: ActionContext,
  me: MemberDoc,
  talk: TalkDoc,
  what: 'correct' | 'withdraw',
  reason: string,
  data: Partial<Pick<TalkDoc, 'partnerId' | 'date' | 'notes' | 'status' | 'contentVerdict'>>,
): Promise<void> {
  const now = ctx.now()
  const res = await ctx.db
    .collection('talks')
    .where({ _id: talk._id, updatedAt: talk.updatedAt, status: 'active' })
    .update({
      data: {
        ...data,
        updatedAt: now,
        changes: ctx.db.command.push({
          at: now,
          byId: me._id,
          byName: actorName(ctx),
          what,
          reason,
          before: { partnerId: talk.partnerId, date: talk.date, notes: talk.notes },
        }),
      },
    })
  if (res.stats.updated !== 1) throw new DomainError('TALK.CHANGED_MEANWHILE')
}

export async function correctTalk(
  input: { talkId: string; partnerId: string; date: string; notes: string; reason: string },
  ctx: ActionContext,
): Promise<MyTalks> {
  const me = caller(ctx)
  const talk = await ownTalk(ctx, me, input.talkId)
  if (talk.partnerId === input.partnerId && talk.date === input.date && talk.notes === input.notes) {
    throw new DomainError('TALK.NOTHING_CHANGED')
  }
  const partner = await checkTalk(ctx, me, input.partnerId, input.date)
  const contentVerdict = await checkContent(ctx, `${input.notes}\n${input.reason}`, 2)
  await change(ctx, me, talk, 'correct', input.reason, {
    partnerId: partner._id,
    date: input.date,
    notes: input.notes,
    contentVerdict,
  })
  await audit(ctx, {
    kind: 'talk.correct',
    summary: `更正谈心谈话记录（${me.name}与${partner.name}）：${input.reason}`,
    branchId: talk.branchId,
    targetId: talk._id,
    // Never the notes: only whether they changed.
    before: { date: talk.date, partnerId: talk.partnerId },
    after: { date: input.date, partnerId: partner._id, notesChanged: talk.notes !== input.notes },
  })
  return myTalksPage(ctx)
}

export async function withdrawTalk(input: { talkId: string; reason: string }, ctx: ActionContext): Promise<MyTalks> {
  const me = caller(ctx)
  const talk = await ownTalk(ctx, me, input.talkId)
  await checkContent(ctx, input.reason, 2)
  await change(ctx, me, talk, 'withdraw', input.reason, { status: 'withdrawn' })
  await audit(ctx, {
    kind: 'talk.withdraw',
    summary: `撤回谈心谈话记录（${talk.date}）：${input.reason}`,
    branchId: talk.branchId,
    targetId: talk._id,
    before: { status: 'active' },
    after: { status: 'withdrawn' },
  })
  return myTalksPage(ctx)
}
