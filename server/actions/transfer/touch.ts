/**
 * 失去联系: the branch's members with 6 whole months or more without attendance, a study record or
 * a dues payment, with what was tried (reminders sent, notices left unread, the secretary's contact
 * attempts). Shown, never acted on: what to do is the branch's decision.
 */
import type { ContactWay, OutOfTouchPage, OutOfTouchRow } from '../../../core/contract/transfer'
import { chinaDate, chinaMonth, dayWords } from '../../../core/dates'
import { addMonths, maxMonth, monthLabel, monthOf } from '../../../core/dues/months'
import { DomainError } from '../../../core/errors'
import { arrivalDay } from '../../../core/talk/coverage'
import { ABSENCE_KIND_LABELS, CONTACT_WAY_LABELS, OUT_OF_TOUCH_SOURCE } from '../../../core/transfer/labels'
import { isOutOfTouch, quietMonths } from '../../../core/transfer/rules'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import type { AttendanceDoc } from '../activity/model'
import type { DuesPaymentDoc } from '../dues/model'
import type { OutboxDoc } from '../notify/model'
import type { StudyCheckinDoc } from '../study/model'
import type { AbsenceDoc, ContactAttemptDoc } from './model'
import { branchName } from './page'
import { OTHER_BRANCH_WORDS } from './write'

/** How far back signs are read: enough to say when the quiet began. */
const LOOK_BACK_MONTHS = 24

type Sign = 'attendance' | 'study' | 'dues'
const SIGN_WORDS: Record<Sign, string> = { attendance: '参加组织生活', study: '学习打卡', dues: '交纳党费' }

interface Signs {
  months: Set<string>
  last: { month: string; what: Sign } | null
}

function addSign(map: Map<string, Signs>, memberId: string, month: string, what: Sign) {
  const signs = map.get(memberId) ?? { months: new Set<string>(), last: null }
  signs.months.add(month)
  if (!signs.last || month > signs.last.month) signs.last = { month, what }
  map.set(memberId, signs)
}

export async function touchPage(ctx: ActionContext, branchId: string): Promise<OutOfTouchPage> {
  const _ = ctx.db.command
  const now = ctx.now()
  const today = chinaDate(now)
  const current = chinaMonth(now)
  const from = addMonths(current, -LOOK_BACK_MONTHS)
  const fromAt = now - LOOK_BACK_MONTHS * 31 * 86_400_000
  const [name, people] = await Promise.all([
    branchName(ctx, branchId),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
  ])
  const ids = people.map((p) => p._id)
  const [attendance, study, payments, outbox, unread, attempts, absences] = await Promise.all([
    findAll<AttendanceDoc>(ctx.db, 'attendance', { branchId, month: _.gte(from) }),
    ids.length
      ? findAll<StudyCheckinDoc>(ctx.db, 'studyCheckins', { memberId: _.in(ids), month: _.gte(from), status: 'active' })
      : [],
    ids.length
      ? findAll<DuesPaymentDoc>(ctx.db, 'duesPayments', { memberId: _.in(ids), reportedAt: _.gte(fromAt) })
      : [],
    ids.length ? findAll<OutboxDoc>(ctx.db, 'outbox', { memberId: _.in(ids), createdAt: _.gte(fromAt) }) : [],
    ids.length
      ? findAll<{ _id: string; memberId: string }>(ctx.db, 'noticeInbox', { memberId: _.in(ids), readAt: null })
      : [],
    findAll<ContactAttemptDoc>(ctx.db, 'contactAttempts', { branchId }),
    findAll<AbsenceDoc>(ctx.db, 'absences', { branchId }),
  ])
  const signs = new Map<string, Signs>()
  for (const a of attendance) if (a.status === 'present') addSign(signs, a.memberId, a.month, 'attendance')
  for (const s of study) addSign(signs, s.memberId, s.month, 'study')
  for (const p of payments) {
    if (p.kind === 'payment' && p.status !== 'rejected') addSign(signs, p.memberId, chinaMonth(p.reportedAt), 'dues')
  }
  const rows: OutOfTouchRow[] = []
  for (const p of people) {
    const own = signs.get(p._id) ?? { months: new Set<string>(), last: null }
    // Quiet months count from the member's arrival in the branch and their first day on the app's roll.
    const firstMonth = maxMonth(monthOf(arrivalDay(p)), chinaMonth(p.createdAt))
    const run = quietMonths(own.months, firstMonth, current)
    if (!isOutOfTouch(run)) continue
    const quietFrom = addMonths(current, -run)
    const away = absences.find((a) => a.memberId === p._id && a.state === 'away')
    const sentAt = (o: OutboxDoc) => o.createdAt >= Date.parse(`${quietFrom}-01T00:00:00+08:00`)
    rows.push({
      memberId: p._id,
      name: p.name,
      quietMonths: run,
      words: `自${monthLabel(quietFrom)}起，${run}个月没有参加组织生活、没有学习记录、没有交纳党费`,
      lastSign: own.last ? `最后一次：${monthLabel(own.last.month)} ${SIGN_WORDS[own.last.what]}` : '近两年没有记录',
      reminders: outbox.filter((o) => o.memberId === p._id && sentAt(o)).length,
      unreadNotices: unread.filter((n) => n.memberId === p._id).length,
      bound: !!p.openid,
      away: away ? `${ABSENCE_KIND_LABELS[away.kind]}（${away.place}），至${dayWords(away.returnOn)}` : null,
      attempts: attempts
        .filter((a) => a.memberId === p._id)
        .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.createdAt - a.createdAt))
        .map((a) => ({
          id: a._id,
          on: a.on,
          way: a.way,
          wayLabel: CONTACT_WAY_LABELS[a.way],
          note: a.note,
          byName: a.byName,
        })),
    })
  }
  rows.sort((a, b) => b.quietMonths - a.quietMonths || a.name.localeCompare(b.name, 'zh'))
  return { branch: { id: branchId, name }, today, source: OUT_OF_TOUCH_SOURCE, rows }
}

export function getTouchPage(input: { branchId?: string }, ctx: ActionContext): Promise<OutOfTouchPage> {
  return touchPage(ctx, scopeBranch(ctx.caller, input.branchId))
}

export async function recordContact(
  input: { memberId: string; on: string; way: ContactWay; note: string },
  ctx: ActionContext,
): Promise<OutOfTouchPage> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  if (!ctx.caller.isAdmin && member.branchId !== scopeBranch(ctx.caller, undefined)) {
    throw new DomainError('AUTH.OTHER_BRANCH', OTHER_BRANCH_WORDS)
  }
  if (member.status !== 'active') throw new DomainError('MEMBER.LEFT')
  if (input.on > chinaDate(ctx.now())) throw new DomainError('TRANSFER.FUTURE_DATE')
  const contentVerdict = await checkContent(ctx, input.note, 2)
  const doc: ContactAttemptDoc = {
    _id: `touch-${keyedId(ctx, 'contact')}`,
    memberId: member._id,
    branchId: member.branchId,
    on: input.on,
    way: input.way,
    note: input.note,
    contentVerdict,
    createdAt: ctx.now(),
    byId: actorId(ctx),
    byName: actorName(ctx),
  }
  const { created } = await addOnce(ctx.db, 'contactAttempts', doc)
  if (created) {
    await audit(ctx, {
      kind: 'touch.record',
      summary: `与${member.name}联系（${CONTACT_WAY_LABELS[input.way]}，${dayWords(input.on)}）：${input.note.slice(0, 30)}`,
      branchId: member.branchId,
      targetId: doc._id,
      before: null,
      after: { way: input.way, on: input.on, note: input.note },
    })
  }
  return touchPage(ctx, member.branchId)
}
