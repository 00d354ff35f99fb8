/**
 * The demo bureau's 组织生活会: last year's 整改清单 in realistic states and this year's checklist
 * part-done; and its 组织关系 (issue 26): transfers each way, a 外出, a member out of touch.
 */
import { dayWords } from '../../core/dates'
import type { DevelopBureau } from '../../core/contract/develop'
import type { CoverageSheet } from '../../core/contract/talk'
import type { MyRectifyItems, OrglifeCounts, OrglifePage } from '../../core/contract/orglife'
import type { OutOfTouchPage, PartyStats, TransferOffice, TransferPage } from '../../core/contract/transfer'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())

it('shows the office every branch’s items in the organisation’s order, a couple overdue', async () => {
  const counts: OrglifeCounts = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'orglife.counts', {})
  expect(counts.branches).toHaveLength(8)
  expect(counts.branches[0]!.name).toBe('机关第一党支部')
  expect(counts.branches.every((b) => b.total >= 4)).toBe(true)
  expect(counts.total.overdue).toBe(2)
  expect(counts.branches.filter((b) => b.overdue > 0).map((b) => b.name)).toEqual([
    '机关第二党支部',
    '大气环境处党支部',
  ])
})

it('gives 机关第一党支部’s secretary this year’s meeting ahead with its checklist part-done', async () => {
  const page: OrglifePage = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'orglife.page', {})
  expect(page.activity.title).toMatch(/^\d{4}年度组织生活会$/)
  const done = Object.fromEntries(page.checklist.map((l) => [l.key, l.done]))
  expect(done).toMatchObject({ opinions: true, materials: false })
  // The demo's own meeting ahead was told in good time; early in January the one ahead is the
  // calendar's 15 January meeting, told five days before.
  if (page.activity.id.endsWith('-annual')) expect(done.notice).toBe(true)
  // 会前谈心谈话 in the run-up; the 谈心谈话 sheet's nudge for the same meeting says the same figure.
  const talks = page.checklist.find((l) => l.key === 'talks')!.words
  const [, left, since] = /^已谈\d+人，未谈(\d+)人(（自\d+月\d+日以来）)$/.exec(talks)!
  const sheet: CoverageSheet = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'talk.coverage', {})
  if (sheet.nudge?.startsWith(dayWords(page.activity.date))) expect(sheet.nudge).toContain(`还有${left}人未谈${since}`)
  expect(page.items).toEqual([])
  expect(page.meetings.length).toBeGreaterThanOrEqual(2)
  // The last meeting with a 整改清单 (on 15 January's afternoon, the meeting just ended has none yet).
  const earlier: OrglifePage[] = await Promise.all(
    page.meetings
      .slice(1)
      .map((m) => actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'orglife.page', { activityId: m.id })),
  )
  const last = earlier.find((p) => p.items.length > 0)!
  const labels = last.items.map((i) => i.stateLabel)
  expect(labels).toHaveLength(5)
  expect(labels.filter((l) => l === '已完成').length).toBeGreaterThanOrEqual(3)
  expect(labels).toContain('已撤销')
  expect(last.items.some((i) => i.overdue)).toBe(false)
  const lastDone = Object.fromEntries(last.checklist.map((l) => [l.key, l.done]))
  expect(lastDone).toMatchObject({ opinions: true, materials: true })
  // The demo's meetings went out about 5 days ahead (on the working day on or before): the check
  // says so, and refuses nothing.
  expect(last.checklist.find((l) => l.key === 'notice')!.words).toMatch(/^只提前[5-9]天发布通知，不足10天$/)
})

it('lets an owner read their own items', async () => {
  const secretary = actor(cloud, demoOpenid('m-b2-01'))
  const first: OrglifePage = await secretary.ok('secretary', 'orglife.page', {})
  // The meeting that has the 整改清单 (early in January the page opens on the meeting ahead).
  const pages: OrglifePage[] = await Promise.all(
    first.meetings.map((m) => secretary.ok('secretary', 'orglife.page', { activityId: m.id })),
  )
  const overdue = pages.flatMap((p) => p.items).find((i) => i.overdue)!
  // 12 days overdue, or fewer when the meeting itself was less than 12 days ago (a due day is never before it).
  expect(overdue.dueWords).toMatch(/已逾期\d+天/)
  const mine: MyRectifyItems = await actor(cloud, demoOpenid(overdue.ownerId)).ok('member', 'orglife.mine', {})
  expect(mine.items.map((i) => i.id)).toContain(overdue.id)
})

describe('the demo bureau’s 组织关系 (issue 26)', () => {
  it('gives 机关第一党支部 a 转出 waiting for its 回执 and one 外出, 机关第二党支部 one arrived; the office a letter to issue', async () => {
    const page: TransferPage = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'transfer.page', {})
    expect(page.outgoing.map((t) => [t.state, t.receiptDue])).toEqual([['issued', true]])
    expect(page.outgoing[0]!.letter!.duesWords).toMatch(/^\d{4}年\d{1,2}月$/)
    const second: TransferPage = await actor(cloud, demoOpenid('m-b2-01')).ok('secretary', 'transfer.page', {})
    expect(second.arrivals.map((a) => [a.memberName, a.bound])).toEqual([['沈立群', false]])
    expect(page.absences.map((a) => a.state)).toEqual(['away'])
    const office: TransferOffice = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'transfer.office', {})
    expect(office.waiting.map((t) => t.branchName)).toEqual(['机关第二党支部'])
    expect(office.issued).toHaveLength(1)
  })

  it('shows 离退休干部党支部 one member out of touch, with the contact attempt', async () => {
    const page: OutOfTouchPage = await actor(cloud, demoOpenid('m-b5-01')).ok('secretary', 'touch.page', {})
    expect(page.rows.map((r) => [r.name, r.attempts.length])).toEqual([['贺建新', 1]])
    const others: OutOfTouchPage = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'touch.page', {})
    expect(others.rows).toEqual([])
    const stats: PartyStats = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'stats.year', {})
    const figures = stats.sections.flatMap((s) => s.figures)
    expect(figures.find((f) => f.key === 'end.total')!.value).toBeGreaterThan(100)
    expect(figures.find((f) => f.key === 'orgs.branches')!.value).toBe(8)
    // 发展党员 and 转正 are 党员发展's own figures for the year, with names.
    const develop: DevelopBureau = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'develop.bureau', {})
    const admitted = figures.find((f) => f.key === 'develop.admitted')!
    const full = figures.find((f) => f.key === 'develop.full')!
    expect([admitted.value, full.value]).toEqual([develop.figures.admitted, develop.figures.full])
    expect(admitted.names).toHaveLength(admitted.value)
  })
})
