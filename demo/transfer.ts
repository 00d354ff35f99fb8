/**
 * Demo 组织关系 (issue 26): 机关第一党支部 has a 转出 issued 26 days ago and still without its 回执
 * (the letter lapses in 4 days: shown in red, the secretary reminded), and a member away at the
 * 省委党校 (外出); 机关第二党支部 has a 转出 waiting for the office's letter and a member arrived by a
 * 转入 letter 10 days ago (not yet bound, dues from the month after its 党费交至); 离退休干部党支部
 * has a retired member out of touch for over a year, with one contact attempt recorded. Deterministic,
 * relative to the clock.
 */
import { addDays } from '../core/appraisal/rules'
import { chinaDate, chinaMonth } from '../core/dates'
import { aDoc } from './appraisal'
import { addMonths, maxMonth } from '../core/dues/months'
import { validUntil } from '../core/transfer/rules'
import type { AbsenceDoc, ContactAttemptDoc, TransferDoc } from '../server/actions/transfer/model'
import type { DuesSettingsDoc } from '../server/actions/dues/model'
import { firstMonthOf, newBill, resolveMonth } from '../server/actions/dues/resolve'
import type { MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import type { DemoWorld } from './world'

const DAY = 24 * 3600_000

export const DEMO_ARRIVAL_ID = 'm-b2-arrived'
export const DEMO_QUIET_ID = 'm-b5-quiet'

function plainMember(world: DemoWorld, branchId: string, nth: number): MemberDoc {
  const plain = world.members.filter((m) => m.branchId === branchId && m.role === 'member' && !m.probationary)
  return plain[nth % plain.length] as MemberDoc
}

function transfer(
  over: Partial<TransferDoc> & Pick<TransferDoc, '_id' | 'memberId' | 'memberName' | 'branchId'>,
): TransferDoc {
  return {
    direction: 'out',
    other: '',
    reason: '',
    state: 'requested',
    requestedAt: 0,
    requestedById: null,
    requestedByName: '',
    letter: null,
    receipt: null,
    cancel: null,
    receiptRemindedAt: null,
    arrival: null,
    ...over,
  }
}

/**
 * A member's bills as the dues timer made them, from their first month (the arrival's: the month
 * after their 党费交至) or the branch's first billed month through its billed month, unpaid: the
 * demo's dues were billed before these two people were added.
 */
export async function billAsTheTimerDid(db: Database, member: MemberDoc, now: number): Promise<void> {
  const [settings] = (await db.find('duesSettings', { _id: member.branchId })) as unknown as DuesSettingsDoc[]
  if (!settings?.billedThrough) return
  const from = maxMonth(settings.since, firstMonthOf(member, settings, null))
  const bills = []
  for (let month = from; month <= settings.billedThrough; month = addMonths(month, 1)) {
    bills.push(newBill(member, month, resolveMonth([], member, settings, month, now), now))
  }
  if (bills.length > 0) await db.insertRaw('duesBills', bills as unknown as Record<string, unknown>[])
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const today = chinaDate(now)
  const secretaryOf = (branchId: string) => world.members.find((m) => m.branchId === branchId && m.role === 'secretary')
  const leaving = plainMember(world, 'org-b1', 5)
  const waiting = plainMember(world, 'org-b2', 6)
  const away = plainMember(world, 'org-b1', 3)
  const issuedOn = addDays(today, -26)
  const issuedAt = now - 26 * DAY
  const arrivedOn = addDays(today, -10)
  const arrivedAt = now - 10 * DAY
  const paidThrough = addMonths(chinaMonth(arrivedAt), -1)

  const arrival: MemberDoc = {
    _id: DEMO_ARRIVAL_ID,
    name: '沈立群',
    branchId: 'org-b2',
    groupId: null,
    role: 'member',
    duty: null,
    // A 预备党员 (admitted at the previous unit half a year ago): not on last year's 民主评议.
    joinDate: addDays(today, -200),
    probationary: true,
    duesCategory: 'inService',
    duesBaseFen: 720000,
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: arrivedAt,
    updatedAt: arrivedAt,
    transfers: [
      { at: arrivedAt, fromBranchId: '', toBranchId: 'org-b2', reason: '由中共某某区生态环境分局机关委员会转入' },
    ],
    duesFrom: addMonths(paidThrough, 1),
    arrived: { on: arrivedOn, from: '中共某某区生态环境分局机关委员会', transferId: 'tr-demo-in' },
  }
  const quiet: MemberDoc = {
    _id: DEMO_QUIET_ID,
    name: '贺建新',
    branchId: 'org-b5',
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: '1983-07-01',
    probationary: false,
    duesCategory: 'retiree',
    duesBaseFen: 460000,
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: now - 800 * DAY,
    updatedAt: now - 800 * DAY,
  }
  await db.insertRaw('members', [arrival, quiet] as unknown as Record<string, unknown>[])
  for (const m of [arrival, quiet]) await billAsTheTimerDid(db, m, now)

  const docs: TransferDoc[] = [
    transfer({
      _id: 'tr-demo-out',
      memberId: leaving._id,
      memberName: leaving.name,
      branchId: 'org-b1',
      other: '中共某某省生态环境厅机关委员会',
      reason: '工作调动（调省生态环境厅）',
      state: 'issued',
      requestedAt: issuedAt - 3 * DAY,
      requestedById: secretaryOf('org-b1')?._id ?? null,
      requestedByName: secretaryOf('org-b1')?.name ?? '书记',
      letter: {
        letterNo: `机党转〔${today.slice(0, 4)}〕5号`,
        issuedOn,
        validDays: 30,
        validUntil: validUntil(issuedOn, 30),
        duesPaidThrough: addMonths(chinaMonth(issuedAt), -1),
        issuedAt,
        issuedByName: '机关党委管理员',
      },
    }),
    transfer({
      _id: 'tr-demo-waiting',
      memberId: waiting._id,
      memberName: waiting.name,
      branchId: 'org-b2',
      other: '中共某某县委组织部',
      reason: '交流任职',
      requestedAt: now - 2 * DAY,
      requestedById: secretaryOf('org-b2')?._id ?? null,
      requestedByName: secretaryOf('org-b2')?.name ?? '书记',
    }),
    transfer({
      _id: 'tr-demo-in',
      direction: 'in',
      memberId: arrival._id,
      memberName: arrival.name,
      branchId: 'org-b2',
      other: '中共某某区生态环境分局机关委员会',
      state: 'completed',
      requestedAt: arrivedAt,
      requestedById: secretaryOf('org-b2')?._id ?? null,
      requestedByName: secretaryOf('org-b2')?.name ?? '书记',
      arrival: { duesPaidThrough: paidThrough, joinDate: arrival.joinDate, probationary: true, arrivedOn },
    }),
  ]
  await db.insertRaw('transfers', docs as unknown as Record<string, unknown>[])

  const absence: AbsenceDoc = {
    _id: 'abs-demo-1',
    memberId: away._id,
    memberName: away.name,
    branchId: 'org-b1',
    kind: 'study',
    place: '省委党校中青年干部培训班',
    fromOn: addDays(today, -30),
    returnOn: addDays(today, 60),
    state: 'away',
    returnedOn: null,
    createdAt: now - 31 * DAY,
    createdByName: secretaryOf('org-b1')?.name ?? '书记',
  }
  await db.insertRaw('absences', [absence] as unknown as Record<string, unknown>[])

  const attempt: ContactAttemptDoc = {
    _id: 'touch-demo-1',
    memberId: quiet._id,
    branchId: 'org-b5',
    on: addDays(today, -12),
    way: 'phone',
    note: '两次电话未接通，已发短信请其与支部联系',
    contentVerdict: 'pass',
    createdAt: now - 12 * DAY,
    byId: secretaryOf('org-b5')?._id ?? null,
    byName: secretaryOf('org-b5')?.name ?? '书记',
  }
  await db.insertRaw('contactAttempts', [attempt] as unknown as Record<string, unknown>[])

  // Last year's 民主评议 graded the member out of touch 基本合格, with the reason.
  const lastYear = Number(today.slice(0, 4)) - 1
  const secretary = secretaryOf('org-b5')
  const graded = aDoc(
    quiet,
    secretary,
    lastYear,
    'basic',
    '长期未参加组织生活，经支部联系未见改进',
    `${lastYear}-12-20`,
  )
  await db.insertRaw('appraisals', [graded] as unknown as Record<string, unknown>[])
}
