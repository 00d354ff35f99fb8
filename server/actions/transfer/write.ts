/**
 * The secretary's writes on 组织关系: start or withdraw a 转出, record its 回执 (which archives the
 * member as member.markLeft does), record a 转入 letter (the roster entry and a binding code in one
 * step); 外出 with its return is in ./absence.ts. Each refused with a code before anything is
 * written, audited, and answered with the page. Retried taps meet their own records (keyed ids).
 */
import type { ArrivalResult, TransferPage } from '../../../core/contract/transfer'
import { chinaDate, chinaMonth, dayWords } from '../../../core/dates'
import type { DuesCategory } from '../../../core/contract/org-labels'
import { DomainError } from '../../../core/errors'
import { monthLabel } from '../../../core/dues/months'
import { arrivalDuesProblem, firstDuesMonth } from '../../../core/transfer/rules'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import { issueCode } from '../binding'
import { leaveRoll } from '../member-admin'
import { suggestTalkForNewMember } from '../talk/suggest'
import { OPEN_TRANSFER_STATES } from '../../../core/transfer/types'
import type { TransferDoc } from './model'
import { branchName, transferPage } from './page'

/** A letter for a member of another branch: refused in words that say so. */
export const OTHER_BRANCH_WORDS = '这名党员不在本支部，只能为本支部的党员办理'

/** The branch the caller acts for: a secretary's own, an admin's the member's. */
function actingBranch(ctx: ActionContext, memberBranchId: string): string {
  return ctx.caller.isAdmin ? memberBranchId : scopeBranch(ctx.caller, undefined)
}

export async function startTransfer(
  input: { memberId: string; destination: string; reason: string },
  ctx: ActionContext,
): Promise<TransferPage> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  const branchId = actingBranch(ctx, member.branchId)
  if (member.branchId !== branchId) throw new DomainError('AUTH.OTHER_BRANCH', OTHER_BRANCH_WORDS)
  if (member.status !== 'active') throw new DomainError('MEMBER.LEFT')
  const id = `tr-${keyedId(ctx, 'transfer out')}`
  const open = await findAll<TransferDoc>(ctx.db, 'transfers', { memberId: member._id })
  if (open.some((t) => t._id !== id && t.direction === 'out' && OPEN_TRANSFER_STATES.includes(t.state))) {
    throw new DomainError('TRANSFER.ALREADY_OPEN')
  }
  await checkContent(ctx, `${input.destination}\n${input.reason}`, 2)
  const doc: TransferDoc = {
    _id: id,
    direction: 'out',
    memberId: member._id,
    memberName: member.name,
    branchId,
    other: input.destination,
    reason: input.reason,
    state: 'requested',
    requestedAt: ctx.now(),
    requestedById: actorId(ctx),
    requestedByName: actorName(ctx),
    letter: null,
    receipt: null,
    cancel: null,
    receiptRemindedAt: null,
    arrival: null,
  }
  const { created } = await addOnce(ctx.db, 'transfers', doc)
  if (created) {
    await audit(ctx, {
      kind: 'transfer.start',
      summary: `${member.name}的组织关系转出至${input.destination}：提请党委开具介绍信`,
      branchId,
      targetId: id,
      before: null,
      after: { name: member.name, destination: input.destination, reason: input.reason, status: 'requested' },
    })
  }
  return transferPage(ctx, branchId)
}

/** A transfer of the caller's branch (an admin's: any). */
export async function transferOf(ctx: ActionContext, transferId: string): Promise<TransferDoc> {
  const doc = await findById<TransferDoc>(ctx.db, 'transfers', transferId)
  if (!doc) throw new DomainError('TRANSFER.NOT_FOUND')
  scopeBranch(ctx.caller, doc.branchId)
  return doc
}

export async function cancelTransfer(
  input: { transferId: string; reason: string },
  ctx: ActionContext,
): Promise<TransferPage> {
  const doc = await transferOf(ctx, input.transferId)
  if (doc.direction !== 'out' || doc.state !== 'requested') throw new DomainError('TRANSFER.NOT_REQUESTED')
  await checkContent(ctx, input.reason, 2)
  const cancel = { reason: input.reason, at: ctx.now(), byName: actorName(ctx) }
  await ctx.db
    .collection('transfers')
    .where({ _id: doc._id, state: 'requested' })
    .update({ data: { state: 'cancelled', cancel } })
  await audit(ctx, {
    kind: 'transfer.cancel',
    summary: `撤销${doc.memberName}的组织关系转出（转往${doc.other}）：${input.reason}`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { status: 'requested' },
    after: { status: 'cancelled', reason: input.reason },
  })
  return transferPage(ctx, doc.branchId)
}

export async function recordReceipt(
  input: { transferId: string; receivedOn: string; note?: string },
  ctx: ActionContext,
): Promise<TransferPage> {
  const doc = await transferOf(ctx, input.transferId)
  if (doc.direction === 'out' && doc.state === 'completed') return transferPage(ctx, doc.branchId)
  if (doc.direction !== 'out' || doc.state !== 'issued' || !doc.letter) throw new DomainError('TRANSFER.NOT_ISSUED')
  const today = chinaDate(ctx.now())
  if (input.receivedOn > today) throw new DomainError('TRANSFER.FUTURE_DATE')
  if (input.receivedOn < doc.letter.issuedOn) throw new DomainError('TRANSFER.RECEIPT_BEFORE_ISSUE')
  const note = input.note ?? ''
  const receipt = { receivedOn: input.receivedOn, note, at: ctx.now(), byName: actorName(ctx) }
  await ctx.db
    .collection('transfers')
    .where({ _id: doc._id, state: 'issued' })
    .update({ data: { state: 'completed', receipt } })
  await audit(ctx, {
    kind: 'transfer.receipt',
    summary: `收到${doc.memberName}的组织关系回执（${doc.other}，${dayWords(input.receivedOn)}）`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { status: 'issued' },
    after: { status: 'completed', receivedOn: input.receivedOn, note },
  })
  const member = await findById<MemberDoc>(ctx.db, 'members', doc.memberId)
  if (member && member.status === 'active') {
    const reason = `组织关系转出至${doc.other}（介绍信${doc.letter.letterNo}）`
    await leaveRoll(
      ctx,
      member,
      { date: input.receivedOn, reason, kind: 'transferOut' },
      `${member.name}标记为已离开：${reason}`,
    )
  }
  return transferPage(ctx, doc.branchId)
}

export async function recordArrival(
  input: {
    branchId?: string
    name: string
    from: string
    letterNo?: string
    duesPaidThrough: string
    joinDate: string
    probationary: boolean
    duesCategory: DuesCategory
    duesBaseFen?: number | null
  },
  ctx: ActionContext,
): Promise<ArrivalResult> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const now = ctx.now()
  const today = chinaDate(now)
  const dues = arrivalDuesProblem(input.duesPaidThrough, chinaMonth(now))
  if (dues) throw new DomainError(dues)
  if (input.joinDate > today) throw new DomainError('TRANSFER.JOIN_AFTER_ARRIVAL')
  const memberId = `m-${keyedId(ctx, 'arrival member')}`
  const transferId = `tr-${keyedId(ctx, 'transfer in')}`
  const same = await findAll<MemberDoc>(ctx.db, 'members', { branchId, name: input.name, status: 'active' })
  if (same.some((m) => m._id !== memberId)) throw new DomainError('MEMBER.DUPLICATE_NAME')
  await checkContent(ctx, input.from, 2)
  const duesFrom = firstDuesMonth(input.duesPaidThrough)
  const member: MemberDoc = {
    _id: memberId,
    name: input.name,
    branchId,
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: input.joinDate,
    probationary: input.probationary,
    duesCategory: input.duesCategory,
    duesBaseFen: input.duesBaseFen ?? null,
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: now,
    updatedAt: now,
    transfers: [{ at: now, fromBranchId: '', toBranchId: branchId, reason: `由${input.from}转入` }],
    duesFrom,
    arrived: { on: today, from: input.from, transferId },
  }
  const transfer: TransferDoc = {
    _id: transferId,
    direction: 'in',
    memberId,
    memberName: input.name,
    branchId,
    other: input.from,
    reason: '',
    state: 'completed',
    requestedAt: now,
    requestedById: actorId(ctx),
    requestedByName: actorName(ctx),
    letter: input.letterNo
      ? {
          letterNo: input.letterNo,
          issuedOn: today,
          validDays: 0,
          validUntil: today,
          duesPaidThrough: input.duesPaidThrough,
          issuedAt: now,
          issuedByName: input.from,
        }
      : null,
    receipt: null,
    cancel: null,
    receiptRemindedAt: null,
    arrival: {
      duesPaidThrough: input.duesPaidThrough,
      joinDate: input.joinDate,
      probationary: input.probationary,
      arrivedOn: today,
    },
  }
  const { created } = await addOnce(ctx.db, 'members', member)
  await addOnce(ctx.db, 'transfers', transfer)
  if (created) {
    const name = await branchName(ctx, branchId)
    await audit(ctx, {
      kind: 'transfer.arrive',
      summary: `${input.name}的组织关系由${input.from}转入${name}，党费交至${monthLabel(input.duesPaidThrough)}`,
      branchId,
      targetId: memberId,
      before: null,
      after: {
        name: input.name,
        from: input.from,
        letterNo: input.letterNo ?? '',
        joinDate: input.joinDate,
        probationary: input.probationary,
        duesCategory: input.duesCategory,
        duesPaidThrough: input.duesPaidThrough,
      },
    })
  }
  const { code, expiresAt } = await issueCode({ memberId }, ctx)
  const [page, talk] = await Promise.all([transferPage(ctx, branchId), suggestTalkForNewMember(ctx, memberId)])
  return { page, memberId, memberName: input.name, code, expiresAt, talk }
}
