/**
 * 党员发展's next step, recorded with its day and who recorded it (refused with a code naming the
 * rule before anything is written: out of order, before its earliest day, in the future, another
 * branch's person, the office's step by a branch). The 支部大会 steps take a passed 表决 at the
 * branch's 支部党员大会, whose meeting day is the step's day: the admission makes the roster entry
 * (预备党员, 入党日期 = that day) with a binding code in the same step; the 转正 makes it full with
 * 党龄 from the 预备期's end. Each write audited.
 */
import type { DevelopPersonPage } from '../../../core/contract/develop'
import { chinaDate, dayWords } from '../../../core/dates'
import { DEVELOP_STEP_LABELS } from '../../../core/develop/labels'
import { DEVELOP_LIMITS } from '../../../core/develop/limits'
import { courseProblem, fullSince, stepProblem } from '../../../core/develop/rules'
import { stepSpec, type DevelopStep } from '../../../core/develop/types'
import { DomainError } from '../../../core/errors'
import { voteResult } from '../../../core/vote/rules'
import type { MemberDoc } from '../../model'
import { audit } from '../../runtime/audit'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from '../activity/model'
import { newBindingCode } from '../binding'
import type { VoteDoc } from '../vote/model'
import { recordOf, type DevelopCandidateDoc, type StepEntry } from './model'
import { CANDIDATES, personOf, personPage } from './page'
import { activeOnly, entry, refuse, reread, save } from './save'

/** 培养联系人 (1–2) or 入党介绍人 (2): full members on the person's branch's roster. */
async function peopleFor(ctx: ActionContext, doc: DevelopCandidateDoc, step: DevelopStep, ids: string[] | undefined) {
  const unique = [...new Set(ids ?? [])]
  if (unique.length === 0) throw new DomainError('DEVELOP.PEOPLE_NEEDED')
  const [min, max] =
    step === 'contacts'
      ? [DEVELOP_LIMITS.contactsMin, DEVELOP_LIMITS.contactsMax]
      : [DEVELOP_LIMITS.sponsors, DEVELOP_LIMITS.sponsors]
  if (unique.length < min || unique.length > max) {
    throw new DomainError(
      'DEVELOP.PEOPLE_COUNT',
      step === 'contacts'
        ? '培养联系人为一至两名正式党员（细则第九条）'
        : '发展对象应当有两名正式党员作入党介绍人（细则第十四条）',
    )
  }
  const found = await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(unique) })
  const ok = found.filter((m) => m.branchId === doc.branchId && m.status === 'active' && !m.probationary)
  if (ok.length !== unique.length) throw new DomainError('DEVELOP.PERSON_NOT_IN_BRANCH')
  const byId = new Map(ok.map((m) => [m._id, m]))
  return unique.map((id) => byId.get(id)!)
}

/** The passed 表决 at the person's branch's 支部党员大会, free or already about this person. */
async function voteFor(ctx: ActionContext, doc: DevelopCandidateDoc, voteId: string | undefined) {
  if (!voteId) throw new DomainError('DEVELOP.VOTE_NEEDED')
  const vote = await findById<VoteDoc>(ctx.db, 'votes', voteId)
  if (!vote || vote.branchId !== doc.branchId) throw new DomainError('DEVELOP.VOTE_NOT_FOUND')
  const meeting = await findById<ActivityDoc>(ctx.db, 'activities', vote.activityId)
  if (!meeting || meeting.type !== 'generalMeeting' || meeting.status === 'cancelled') {
    throw new DomainError('DEVELOP.VOTE_NOT_GENERAL')
  }
  if (voteResult(vote.figures, vote.tally).outcome !== 'passed') throw new DomainError('DEVELOP.VOTE_NOT_PASSED')
  if (vote.subject && vote.subject.personId !== doc._id) throw new DomainError('DEVELOP.VOTE_OTHER_PERSON')
  return { vote, meeting }
}

/** The roster entry of an admitted 预备党员 (入党日期 = the vote's day), made once per person. */
async function admit(ctx: ActionContext, doc: DevelopCandidateDoc, day: string) {
  const now = ctx.now()
  const member: MemberDoc = {
    _id: `m-dev-${doc._id.slice(4)}`,
    name: doc.name,
    branchId: doc.branchId,
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: day,
    probationary: true,
    developId: doc._id,
    duesCategory: 'inService',
    duesBaseFen: null,
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: now,
    updatedAt: now,
  }
  const { doc: stored } = await addOnce(ctx.db, 'members', member)
  await audit(ctx, {
    kind: 'develop.admit',
    summary: `${doc.name}经支部大会通过接收为预备党员，列入名册（入党日期${dayWords(day)}）`,
    branchId: doc.branchId,
    targetId: stored._id,
    after: { name: doc.name, joinDate: day, probationary: true },
  })
  return { member: stored, binding: stored.openid ? null : await newBindingCode(ctx, stored) }
}

export async function recordStep(
  input: {
    personId: string
    step: DevelopStep
    day?: string
    voteId?: string
    memberIds?: string[]
    days?: number
    hours?: number
  },
  ctx: ActionContext,
): Promise<DevelopPersonPage> {
  const doc = await personOf(ctx, input.personId)
  const spec = stepSpec(input.step)
  const stepKey = keyedId(ctx, 'step')
  // A retry of a tap that recorded it already: its audit entry is keyed the same, nothing more is written.
  const earlier = doc.steps[input.step]
  if (ctx.requestKey && (earlier?.key === stepKey || doc.reviews.some((r) => r.key === stepKey))) {
    return personPage(ctx, doc)
  }
  activeOnly(doc)
  const record = recordOf(doc)
  const today = chinaDate(ctx.now())
  const by = ctx.caller.isAdmin ? 'office' : 'branch'
  let voted: Awaited<ReturnType<typeof voteFor>> | null = null
  let day = input.day
  if (spec.input === 'vote') {
    // Order first, then the vote: a skipped step is named before the vote is looked at.
    const order = stepProblem(record, input.step, today, today, by)
    if (order && order.code !== 'DEVELOP.TOO_EARLY') refuse(order)
    voted = await voteFor(ctx, doc, input.voteId)
    day = voted.meeting.date
  }
  if (!day) throw new DomainError('REQUEST.INVALID', '请填写日期', { day: '请填写日期' })
  refuse(stepProblem(record, input.step, day, today, by))
  const e: StepEntry = { ...entry(ctx, day), key: stepKey }
  let auditAfter: Record<string, unknown> = { step: DEVELOP_STEP_LABELS[input.step], day }
  if (spec.input === 'people') {
    const people = await peopleFor(ctx, doc, input.step, input.memberIds)
    e.memberIds = people.map((p) => p._id)
    e.memberNames = people.map((p) => p.name)
    auditAfter = { ...auditAfter, names: e.memberNames }
  }
  if (spec.input === 'course') {
    if (input.days === undefined && input.hours === undefined) throw new DomainError('DEVELOP.COURSE_NEEDED')
    refuse(courseProblem(input.days ?? 0, input.hours ?? 0))
    e.days = input.days ?? 0
    e.hours = input.hours ?? 0
    auditAfter = { ...auditAfter, courseDays: e.days, courseHours: e.hours }
  }
  if (voted) {
    e.voteId = voted.vote._id
    e.voteWords = `${voted.meeting.title}表决通过：${voted.vote.title}`
    auditAfter = { ...auditAfter, vote: e.voteWords }
  }
  const data: Record<string, unknown> = {}
  const isReview = input.step === 'training'
  if (isReview) {
    data.reviews = [...doc.reviews, e]
    if (!doc.steps.training) data[`steps.training`] = e
  } else data[`steps.${input.step}`] = e
  if (input.step === 'archive') data.status = 'done'
  await save(ctx, doc, data)
  if (voted && !voted.vote.subject) {
    await ctx.db
      .collection('votes')
      .where({ _id: voted.vote._id, subject: null })
      .update({
        data: { subject: { kind: input.step === 'admissionVote' ? 'admission' : 'fullMembership', personId: doc._id } },
      })
  }
  await audit(ctx, {
    kind: 'develop.record',
    summary: `党员发展：${doc.name}${isReview ? `培养教育考察（第${doc.reviews.length + 1}次）` : DEVELOP_STEP_LABELS[input.step]}，${dayWords(day)}`,
    branchId: doc.branchId,
    targetId: doc._id,
    after: auditAfter,
  })
  let binding: DevelopPersonPage['binding'] = null
  let saved = await reread(ctx, doc._id)
  if (input.step === 'admissionVote') {
    const made = await admit(ctx, saved, day)
    await ctx.db
      .collection(CANDIDATES)
      .doc(doc._id)
      .update({ data: { memberId: made.member._id } })
    binding = made.binding
    saved = await reread(ctx, doc._id)
  }
  if (input.step === 'fullVote' && saved.memberId) await makeFull(ctx, saved)
  return personPage(ctx, saved, binding)
}

/** 转正: the roster entry becomes a full member, 党龄 from the 预备期's end (党章第七条). */
async function makeFull(ctx: ActionContext, doc: DevelopCandidateDoc): Promise<void> {
  const since = fullSince(recordOf(doc))!
  const member = await findById<MemberDoc>(ctx.db, 'members', doc.memberId!)
  if (!member || member.status !== 'active') return
  await ctx.db
    .collection('members')
    .doc(member._id)
    .update({ data: { probationary: false, fullSince: since, updatedAt: ctx.now() } })
  await audit(ctx, {
    kind: 'develop.full',
    summary: `${doc.name}转为正式党员，党龄从${dayWords(since)}算起`,
    branchId: doc.branchId,
    targetId: member._id,
    before: { probationary: true },
    after: { probationary: false, fullSince: since },
  })
}
