/**
 * The office's side of 转出: the letters waiting to be issued, issued and waiting for their 回执,
 * and done; issuing a letter (党费交至 read from the dues ledger on the day, validity at most 3
 * months), the bureau's settings, the printable 介绍信, and the letters as Excel rows.
 */
import type { ExportLink } from '../../../core/contract/attendance'
import type { LetterView, TransferOffice } from '../../../core/contract/transfer'
import { chinaDate, chinaMonth, dayWords } from '../../../core/dates'
import { monthStatus } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import { TRANSFER_STATE_LABELS } from '../../../core/transfer/labels'
import { paidThrough, validityProblem, validUntil } from '../../../core/transfer/rules'
import type { MemberDoc, OrgDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { earlierExport, newBook, save } from '../attendance/exports'
import { loadMemberState } from '../dues/member-state'
import type { TransferDoc } from './model'
import { transferOf } from './write'
import { byUrgency, duesWords, letterDetails, readTransferSettings, SETTINGS_ID, transferView } from './views'

async function orgNames(ctx: ActionContext): Promise<Map<string, string>> {
  const orgs = await findAll<OrgDoc>(ctx.db, 'orgs', { kind: ctx.db.command.in(['committee', 'branch']) })
  return new Map(orgs.map((o) => [o._id, o.name]))
}

export async function officePage(ctx: ActionContext): Promise<TransferOffice> {
  const today = chinaDate(ctx.now())
  const _ = ctx.db.command
  const [settings, names, docs] = await Promise.all([
    readTransferSettings(ctx.db),
    orgNames(ctx),
    findAll<TransferDoc>(ctx.db, 'transfers', {
      direction: 'out',
      state: _.in(['requested', 'issued', 'completed', 'cancelled']),
    }),
  ])
  const since = `${Number(today.slice(0, 4)) - 1}-01-01`
  const views = docs.map((d) => transferView(d, names.get(d.branchId) ?? '党支部', today)).sort(byUrgency)
  return {
    today,
    settings: { validityDefaultDays: settings.validityDefaultDays, statsFields: settings.statsFields },
    waiting: views.filter((v) => v.state === 'requested'),
    issued: views.filter((v) => v.state === 'issued'),
    done: views.filter((v) => (v.state === 'completed' || v.state === 'cancelled') && v.requestedOn >= since),
  }
}

export function getOfficePage(_input: Record<string, never>, ctx: ActionContext): Promise<TransferOffice> {
  return officePage(ctx)
}

/** 党费交至 from the member's ledger today: the last month of the unbroken settled run. */
async function ledgerPaidThrough(ctx: ActionContext, member: MemberDoc): Promise<string | null> {
  const state = await loadMemberState(ctx.db, member, ctx.now())
  const current = chinaMonth(ctx.now())
  return paidThrough(state.months.map((m) => ({ month: m.month, status: monthStatus(m, current) })))
}

export async function issueLetter(
  input: { transferId: string; letterNo: string; validDays: number },
  ctx: ActionContext,
): Promise<TransferOffice> {
  const problem = validityProblem(input.validDays)
  if (problem) throw new DomainError(problem)
  const doc = await findById<TransferDoc>(ctx.db, 'transfers', input.transferId)
  if (!doc || doc.direction !== 'out') throw new DomainError('TRANSFER.NOT_FOUND')
  if (doc.state !== 'requested') throw new DomainError('TRANSFER.NOT_REQUESTED')
  const member = await findById<MemberDoc>(ctx.db, 'members', doc.memberId)
  if (!member || member.status !== 'active') throw new DomainError('MEMBER.LEFT')
  const issuedOn = chinaDate(ctx.now())
  const letter = {
    letterNo: input.letterNo,
    issuedOn,
    validDays: input.validDays,
    validUntil: validUntil(issuedOn, input.validDays),
    duesPaidThrough: await ledgerPaidThrough(ctx, member),
    issuedAt: ctx.now(),
    issuedByName: actorName(ctx),
  }
  await ctx.db
    .collection('transfers')
    .where({ _id: doc._id, state: 'requested' })
    .update({ data: { state: 'issued', letter } })
  await audit(ctx, {
    kind: 'transfer.issue',
    summary: `开具${doc.memberName}的组织关系介绍信${input.letterNo}（转往${doc.other}，党费交至${duesWords(letter.duesPaidThrough)}，有效期至${dayWords(letter.validUntil)}）`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { status: 'requested' },
    after: {
      status: 'issued',
      letterNo: input.letterNo,
      validDays: input.validDays,
      validUntil: letter.validUntil,
      duesPaidThrough: letter.duesPaidThrough,
    },
  })
  return officePage(ctx)
}

export async function saveSettings(
  input: { validityDefaultDays: number; statsFields: { sex: boolean; education: boolean } },
  ctx: ActionContext,
): Promise<TransferOffice> {
  const problem = validityProblem(input.validityDefaultDays)
  if (problem) throw new DomainError(problem)
  const before = await readTransferSettings(ctx.db)
  const after = { validityDefaultDays: input.validityDefaultDays, statsFields: input.statsFields }
  const changed =
    before.validityDefaultDays !== after.validityDefaultDays ||
    before.statsFields.sex !== after.statsFields.sex ||
    before.statsFields.education !== after.statsFields.education
  if (changed) {
    await ctx.db
      .collection('transferSettings')
      .doc(SETTINGS_ID)
      .set({ data: { ...after, updatedAt: ctx.now(), updatedByName: actorName(ctx) } })
    await audit(ctx, {
      kind: 'transfer.setting',
      summary: `组织关系与党内统计设置：介绍信默认有效期${after.validityDefaultDays}天`,
      branchId: null,
      targetId: SETTINGS_ID,
      before: {
        validDays: before.validityDefaultDays,
        sex: before.statsFields.sex,
        education: before.statsFields.education,
      },
      after: {
        validDays: after.validityDefaultDays,
        sex: after.statsFields.sex,
        education: after.statsFields.education,
      },
    })
  }
  return officePage(ctx)
}

export async function letterView(input: { transferId: string }, ctx: ActionContext): Promise<LetterView> {
  const doc = await transferOf(ctx, input.transferId)
  if (doc.direction !== 'out') throw new DomainError('TRANSFER.NOT_FOUND')
  const [member, names] = await Promise.all([findById<MemberDoc>(ctx.db, 'members', doc.memberId), orgNames(ctx)])
  const committee = (await findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'committee' }))[0]
  const today = chinaDate(ctx.now())
  return {
    transferId: doc._id,
    state: doc.state,
    stateLabel: TRANSFER_STATE_LABELS[doc.state],
    issuer: committee?.name ?? '机关党委',
    branchName: names.get(doc.branchId) ?? '党支部',
    memberName: doc.memberName,
    joinDate: member?.joinDate ?? '',
    standing: member?.probationary ? '预备党员' : '正式党员',
    destination: doc.other,
    letter: doc.letter ? letterDetails(doc.letter, today) : null,
    receipt: doc.receipt ? { receivedOn: doc.receipt.receivedOn, note: doc.receipt.note } : null,
  }
}

export async function exportLetters(input: { year?: number }, ctx: ActionContext): Promise<ExportLink> {
  const earlier = await earlierExport(ctx)
  if (earlier) return earlier
  const year = input.year ?? Number(chinaDate(ctx.now()).slice(0, 4))
  const [docs, names] = await Promise.all([
    findAll<TransferDoc>(ctx.db, 'transfers', { direction: 'out', state: ctx.db.command.in(['issued', 'completed']) }),
    orgNames(ctx),
  ])
  const members = await findAll<MemberDoc>(ctx.db, 'members', {
    _id: ctx.db.command.in([...new Set(docs.map((d) => d.memberId))]),
  })
  const byId = new Map(members.map((m) => [m._id, m]))
  const rows = docs
    .filter((d) => d.letter && d.letter.issuedOn.startsWith(String(year)))
    .sort((a, b) => ((a.letter?.issuedOn ?? '') < (b.letter?.issuedOn ?? '') ? -1 : 1))
  const book = await newBook()
  const sheet = book.addWorksheet('介绍信登记')
  sheet.columns = [
    { header: '介绍信编号', width: 14 },
    { header: '姓名', width: 10 },
    { header: '原支部', width: 20 },
    { header: '转往党组织', width: 28 },
    { header: '入党日期', width: 12 },
    { header: '党员类别', width: 10 },
    { header: '党费交至', width: 12 },
    { header: '开具日期', width: 12 },
    { header: '有效期（天）', width: 10 },
    { header: '有效期至', width: 12 },
    { header: '状态', width: 14 },
    { header: '回执日期', width: 12 },
  ]
  for (const d of rows) {
    const l = d.letter as NonNullable<TransferDoc['letter']>
    const m = byId.get(d.memberId)
    sheet.addRow([
      l.letterNo,
      d.memberName,
      names.get(d.branchId) ?? '',
      d.other,
      m?.joinDate ?? '',
      m?.probationary ? '预备党员' : '正式党员',
      duesWords(l.duesPaidThrough),
      l.issuedOn,
      l.validDays,
      l.validUntil,
      TRANSFER_STATE_LABELS[d.state],
      d.receipt?.receivedOn ?? '',
    ])
  }
  sheet.getRow(1).font = { bold: true }
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return save(ctx, {
    kind: 'transferLetters',
    branchId: null,
    scopeName: '全机关',
    year,
    fileName: `全机关${year}年组织关系介绍信登记表.xlsx`,
    bytes,
  })
}
