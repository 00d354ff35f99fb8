/**
 * The finish of issue 23: 支部管理's service grid (badges with 首页's 支部待办 figures, each tile
 * opening its queue) and the long lists folded by month (党费台账, 活动记录, 通知): this month
 * open, the others opened on the phone with no call.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import type { BranchLedger, LedgerCell } from '@core/contract/dues'
import type { BranchHistory, HistoryRow } from '@core/contract/activity-officer-views'
import type { BranchOverview } from '@core/contract/overview'
import type { OfficerTodo } from '@core/contract/home'
import type { NoticeSummary } from '@core/contract/notify-views'
import HomePage from '@/pages/home/index'
import SecretaryOverviewPage from '@/packageSecretary/pages/overview/index'
import DuesLedgerPage from '@/packageSecretary/pages/dues-ledger/index'
import BranchHistoryPage from '@/packageSecretary/pages/history/index'
import SecretaryNoticesPage from '@/packageSecretary/pages/notices/index'
import { monthWords, openMonth } from '@/fold/MonthFold'
import { freshLaunch } from '../helpers/app'
import { actionsCalled, cloudWithActions, secretarySession } from '../helpers/fake-cloud'
import { memberHome } from '../helpers/activity'
import { phoneClockAt } from '../setup/clock'
import { recorded, setRouterParams } from '../setup/taro'

beforeEach(freshLaunch)
// The fixtures are the branch as the server answered on 18 November 2026; the phone agrees.
beforeEach(() => phoneClockAt('2026-11-18T10:30:00+08:00'))
afterEach(() => {
  phoneClockAt(null)
  setRouterParams({})
})

/** What waits in the branch, once: 首页's card and 支部管理's grid are both drawn from it. */
const waiting: OfficerTodo = {
  branchId: 'org-b1',
  leavePending: 2,
  makeupSubmitted: 6,
  paymentsReported: 3,
  unbound: 4,
  developDue: 0,
}

const overview = (extra: Partial<BranchOverview> = {}): BranchOverview => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  month: '2026-11',
  members: { total: 16, bound: 16 - waiting.unbound },
  activities: { published: 2, closed: 1 },
  waiting: {
    leavePending: waiting.leavePending,
    makeupSubmitted: waiting.makeupSubmitted,
    paymentsReported: waiting.paymentsReported,
  },
  dues: {
    month: '2026-11',
    open: true,
    collectionDay: 5,
    members: 16,
    settled: 12,
    dueFen: 32000,
    paidFen: 24000,
    ratePct: 75,
  },
  compliance: { year: 2026, checks: [], toHold: [], missed: [] },
  develop: { people: 3, due: 1, overdue: 0 },
  ...extra,
})

/** The tiles with a badge: the page each opens → its count. */
function badges(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const tile of document.querySelectorAll<HTMLElement>('.service-tile')) {
    const badge = tile.querySelector('.service-tile__badge')
    if (!badge) continue
    recorded.navigations.length = 0
    fireEvent.click(tile)
    out[recorded.navigations[0].url] = Number(badge.textContent)
  }
  return out
}

describe('支部管理 as a service grid', () => {
  it('badges each queue with the count 首页’s 支部待办 shows, and opens the same queue', async () => {
    cloudWithActions({
      'member/home.get': () => ({ data: memberHome({ session: secretarySession(), officer: waiting }) }),
    })
    const home = render(<HomePage />)
    await screen.findByText('支部待办')
    const fromHome: Record<string, number> = {}
    for (const [text, n] of [
      ['2条请假待审批', 2],
      ['6篇补学心得待审核', 6],
      ['3笔缴费待确认', 3],
      ['4人还未绑定微信', 4],
    ] as const) {
      fireEvent.click(screen.getByText(text))
      fromHome[recorded.navigations.at(-1)!.url] = n
    }
    home.unmount()

    const cloud = cloudWithActions({ 'secretary/overview.branch': () => ({ data: overview() }) })
    render(<SecretaryOverviewPage />)
    await screen.findByText('日常办理')
    const fromGrid = badges()
    // Every queue of 首页's card is on the grid with the same figure (党员发展's due month is the grid's own).
    expect(fromGrid).toEqual({ ...fromHome, '/packageSecretary/pages/develop/index': 1 })
    expect(screen.getByLabelText('请假审批，2条请假待审批')).toBeTruthy()
    expect(screen.getByLabelText('补学审核，6篇补学心得待审核')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/overview.branch'])
  })

  it('groups the services, badges only what waits, and every tile opens its page', async () => {
    cloudWithActions({
      'secretary/overview.branch': () => ({
        data: overview({
          members: { total: 16, bound: 16 },
          waiting: { leavePending: 0, makeupSubmitted: 1, paymentsReported: 0 },
          develop: { people: 0, due: 0, overdue: 0 },
        }),
      }),
    })
    render(<SecretaryOverviewPage />)
    for (const group of ['日常办理', '组织生活', '党员队伍', '统计台账'])
      expect(await screen.findByText(group)).toBeTruthy()
    expect(badges()).toEqual({ '/packageSecretary/pages/review/index': 1 })
    const tiles = [...document.querySelectorAll<HTMLElement>('.service-tile')]
    const names = tiles.map((t) => t.querySelector('.service-tile__name')?.textContent ?? '')
    // Short names that stay whole on one line: five characters at most.
    expect(names.every((n) => n.length >= 2 && n.length <= 5)).toBe(true)
    recorded.navigations.length = 0
    tiles.forEach((t) => fireEvent.click(t))
    const urls = recorded.navigations.map((n) => n.url)
    expect(new Set(urls).size).toBe(tiles.length)
    expect(urls).toContain('/packageSecretary/pages/dues-ledger/index')
    expect(urls).toContain('/packageAdmin/pages/attendance-branch/index?branchId=org-b1')
  })
})

describe('folding by month', () => {
  it('opens the month the screen stands in, else the latest before it, never one ahead', () => {
    expect(openMonth(['2026-12', '2026-11', '2026-10'], '2026-11')).toBe('2026-11')
    expect(openMonth(['2026-12', '2026-10', '2026-09'], '2026-11')).toBe('2026-10')
    expect(openMonth(['2027-01'], '2026-11')).toBeNull()
    expect(monthWords('2026-10', '2026-11')).toBe('10月')
    expect(monthWords('2025-12', '2026-01')).toBe('2025年12月')
  })

  const cell = (status: LedgerCell['status'], dueFen = 2000, paidFen = status === 'paid' ? dueFen : 0) => ({
    dueFen,
    paidFen,
    status,
  })
  const ledger: BranchLedger = {
    branch: { id: 'org-b1', name: '机关第一党支部' },
    months: ['2026-09', '2026-10', '2026-11', '2026-12'],
    monthTotals: [
      { month: '2026-09', dueFen: 6000, paidFen: 6000, outstandingFen: 0, billed: 3, paid: 3 },
      { month: '2026-10', dueFen: 6000, paidFen: 4000, outstandingFen: 2000, billed: 3, paid: 2 },
      { month: '2026-11', dueFen: 6000, paidFen: 2000, outstandingFen: 4000, billed: 3, paid: 1 },
      { month: '2026-12', dueFen: 0, paidFen: 0, outstandingFen: 0, billed: 0, paid: 0 },
    ],
    members: [
      {
        memberId: 'm-1',
        name: '李建国',
        active: true,
        cells: [cell('paid'), cell('paid'), cell('paid'), null],
        dueFen: 6000,
        paidFen: 6000,
        outstandingFen: 0,
        arrears: { months: 0, consecutive: 0, level: 'none' },
      },
      {
        memberId: 'm-2',
        name: '王秀英',
        active: true,
        cells: [cell('paid'), cell('overdue'), cell('due'), null],
        dueFen: 6000,
        paidFen: 2000,
        outstandingFen: 4000,
        arrears: { months: 1, consecutive: 1, level: 'owing' },
      },
      {
        memberId: 'm-3',
        name: '赵志强',
        active: true,
        cells: [cell('paid'), cell('paid'), cell('reported'), null],
        dueFen: 6000,
        paidFen: 4000,
        outstandingFen: 2000,
        arrears: { months: 0, consecutive: 0, level: 'none' },
      },
    ],
    total: { dueFen: 18000, paidFen: 12000, outstandingFen: 6000 },
  }

  it('党费台账: this month open with those still to pay first, earlier months as headers in words', async () => {
    setRouterParams({ month: '2026-11' })
    const cloud = cloudWithActions({ 'secretary/dues.ledger': () => ({ data: ledger }) })
    render(<DuesLedgerPage />)
    expect(await screen.findByText('已交1人 · 未交1人 · 待确认1人')).toBeTruthy()
    expect(screen.getByText('已交2人 · 未交1人')).toBeTruthy()
    expect(screen.getByText('已交3人 · 全部交清')).toBeTruthy()
    // No month ahead without a bill; newest first.
    const heads = [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
    expect(heads).toEqual(['11月', '10月', '9月'])
    // Who owes first; then November open: 王秀英 (待交) and 赵志强 (待确认) before 李建国 (已交).
    const rows = () => [...document.querySelectorAll('.ledger-row__name')].map((t) => t.textContent)
    expect(rows()).toEqual(['王秀英 ›', '王秀英 ›', '赵志强 ›', '李建国 ›'])
    expect(screen.getByText('欠交1个月，未交 40.00 元')).toBeTruthy()
    expect(screen.queryByText('✗ 欠交')).toBeNull()

    fireEvent.click(screen.getByText('10月'))
    expect(screen.getByText('✗ 欠交')).toBeTruthy()
    expect(screen.getAllByText('收起 ▴')).toHaveLength(2)
    fireEvent.click(screen.getByText('11月'))
    expect(screen.getAllByText('收起 ▴')).toHaveLength(1)
    expect(actionsCalled(cloud)).toEqual(['secretary/dues.ledger'])

    fireEvent.click(screen.getAllByText('王秀英 ›')[0])
    expect(recorded.navigations.at(-1)!.url).toContain('m-2')
  })

  it('党费台账 at a month with months paid ahead: this month first, earlier ones newest first, 预交 last apart', async () => {
    // 李建国 paid December and January ahead; February has no bill and is not shown.
    const paidAhead = (m: BranchLedger['members'][number]) =>
      m.memberId === 'm-1' ? [...m.cells.slice(0, 3), cell('paid'), cell('paid'), null] : [...m.cells, null, null]
    const ahead: BranchLedger = {
      ...ledger,
      months: [...ledger.months, '2027-01', '2027-02'],
      monthTotals: [
        ...ledger.monthTotals.slice(0, 3),
        { month: '2026-12', dueFen: 2000, paidFen: 2000, outstandingFen: 0, billed: 1, paid: 1 },
        { month: '2027-01', dueFen: 2000, paidFen: 2000, outstandingFen: 0, billed: 1, paid: 1 },
        { month: '2027-02', dueFen: 0, paidFen: 0, outstandingFen: 0, billed: 0, paid: 0 },
      ],
      members: ledger.members.map((m) => ({ ...m, cells: paidAhead(m) })),
    }
    setRouterParams({ month: '2026-11' })
    const cloud = cloudWithActions({ 'secretary/dues.ledger': () => ({ data: ahead }) })
    render(<DuesLedgerPage />)
    expect(await screen.findByText('已交1人 · 未交1人 · 待确认1人')).toBeTruthy()
    const heads = () => [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
    expect(heads()).toEqual(['11月', '10月', '9月', '12月', '2027年1月'])
    // The months ahead sit under their own header, after the months held, and start shut.
    const aheadSection = screen.getByText('预交的月份').closest('.ui-section') as HTMLElement
    expect([...aheadSection.querySelectorAll('.month-fold__title')].map((t) => t.textContent)).toEqual([
      '12月',
      '2027年1月',
    ])
    expect(screen.getAllByText('收起 ▴')).toHaveLength(1)
    fireEvent.click(screen.getByText('2027年1月'))
    expect(within(aheadSection).getByText('李建国 ›')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/dues.ledger'])
  })

  const row = (id: string, startAt: string, extra: Partial<HistoryRow> = {}): HistoryRow => ({
    id,
    type: 'studyDay',
    title: `主题党日 ${id}`,
    status: 'closed',
    startAt: Date.parse(startAt),
    endAt: Date.parse(startAt) + 2 * 3600_000,
    place: '三楼会议室',
    scheduleId: null,
    edited: false,
    expected: 12,
    present: 10,
    onLeave: 1,
    leavePending: 0,
    absent: 1,
    waiting: 0,
    makeupDone: 0,
    makeupOpen: 1,
    ...extra,
  })

  it('活动记录: this month open, earlier months folded with their activities in words', async () => {
    const history: BranchHistory = {
      branch: { id: 'org-b1', name: '机关第一党支部' },
      year: 2026,
      months: [
        { month: '2026-09', activities: [] },
        {
          month: '2026-10',
          activities: [row('a-1', '2026-10-10T14:30:00+08:00'), row('a-2', '2026-10-24T14:30:00+08:00', { absent: 2 })],
        },
        { month: '2026-11', activities: [row('a-3', '2026-11-07T14:30:00+08:00', { absent: 0, makeupOpen: 0 })] },
      ],
    }
    const cloud = cloudWithActions({ 'secretary/activity.branchHistory': () => ({ data: history }) })
    render(<BranchHistoryPage />)
    expect(await screen.findByText('1次活动')).toBeTruthy()
    expect(screen.getByText('2次活动 · 缺席3人次 · 补学未完成2人')).toBeTruthy()
    expect(screen.getByText(/主题党日 a-3/)).toBeTruthy()
    expect(screen.queryByText(/主题党日 a-1/)).toBeNull()
    expect(screen.queryByText('9月')).toBeNull()
    fireEvent.click(screen.getByText('10月'))
    expect(screen.getByText(/主题党日 a-1/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/activity.branchHistory'])
  })

  it('发通知: held ones first in full, then this month open and earlier months folded', async () => {
    const notice = (id: string, iso: string, extra: Partial<NoticeSummary> = {}): NoticeSummary => ({
      id,
      title: `通知 ${id}`,
      from: '第一党支部 · 张书记',
      scope: 'branch',
      branchId: 'org-b1',
      source: { kind: 'notice' },
      status: 'published',
      contentVerdict: 'pass',
      needReceipt: false,
      publishedAt: Date.parse(iso),
      createdAt: Date.parse(iso),
      expected: 16,
      read: 12,
      acked: 0,
      remindedAt: null,
      ...extra,
    })
    const cloud = cloudWithActions({
      'secretary/notice.list': () => ({
        data: {
          items: [
            notice('n-held', '2026-11-17T09:00:00+08:00', {
              status: 'held',
              contentVerdict: 'review',
              publishedAt: null,
            }),
            notice('n-nov', '2026-11-02T09:00:00+08:00'),
            notice('n-oct-1', '2026-10-20T09:00:00+08:00'),
            notice('n-oct-2', '2026-10-08T09:00:00+08:00'),
          ],
        },
      }),
    })
    render(<SecretaryNoticesPage />)
    expect(await screen.findByText('通知 n-held')).toBeTruthy()
    expect(screen.getByText('通知 n-nov')).toBeTruthy()
    expect(screen.getByText('2条')).toBeTruthy()
    expect(screen.queryByText('通知 n-oct-1')).toBeNull()
    fireEvent.click(screen.getByText('10月'))
    expect(screen.getByText('通知 n-oct-2')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/notice.list'])
  })
})
