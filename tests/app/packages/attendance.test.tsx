import type {
  Absentees,
  AttendanceFigures,
  BureauAttendance,
  ComplianceMatrix,
  ExportPage,
  MemberYear,
} from '@core/contract/attendance'
import { complianceRow, complianceWords } from '@core/attendance/compliance'
import { appraisalProgressWords, rectifyProgressWords, talkProgressWords } from '@core/attendance/org-life'
import { chinaMonth } from '@core/dates'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import AttendanceOverviewPage from '@/packageAdmin/pages/attendance/index'
import AbsenteesPage from '@/packageAdmin/pages/attendance-absentees/index'
import MemberAttendancePage from '@/packageAdmin/pages/attendance-member/index'
import CompliancePage from '@/packageAdmin/pages/compliance/index'
import ExportPageView from '@/packageAdmin/pages/export/index'
import { recorded, setRouterParams } from '../setup/taro'
import { cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'
import { setDisplayPrefs } from '@/display/prefs'

beforeEach(() => {
  freshLaunch()
  setRouterParams({})
  // jsdom draws nothing: the chart finds no 2d context and stays empty; the figures are text anyway.
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})
afterEach(() => jest.restoreAllMocks())

const figures = (
  expected: number,
  present: number,
  onLeave: number,
  absent: number,
  ratePct: number | null,
): AttendanceFigures => ({
  activities: 2,
  expected,
  present,
  onLeave,
  leavePending: 0,
  absent,
  ratePct,
  makeup: { assigned: onLeave + absent, due: 1, submitted: 0, returned: 0, done: onLeave + absent - 1 },
})

/** 出勤总览 opens on this month, as 首页 and 党费收缴 do. */
const shownMonth = chinaMonth()
const year = Number(shownMonth.slice(0, 4))
const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
const none = figures(0, 0, 0, 0, null)

function bureau(): BureauAttendance {
  const row = (branchId: string, name: string, total: AttendanceFigures) => ({
    branchId,
    name,
    total,
    byType: { committeeMeeting: total },
    byMonth: months.map((m) => (m === shownMonth ? total : none)),
    dues: { dueFen: 100000, paidFen: 95000, ratePct: 95, open: true },
    study: { members: 16, withRecord: 12, sharePct: 75 },
  })
  const b1 = row('org-b1', '机关第一党支部', figures(32, 26, 3, 3, 81.3))
  const b2 = row('org-b2', '机关第二党支部', figures(30, 30, 0, 0, 100))
  return {
    year,
    month: shownMonth,
    months,
    currentMonth: chinaMonth(),
    types: ['committeeMeeting'],
    bureau: { ...b1, total: figures(62, 56, 3, 3, 90.3) },
    branches: [b1, b2],
  }
}

describe('出勤总览', () => {
  it("opens on this month: its figures in words beside the chart, then as a table, in the organisation's order", async () => {
    const cloud = cloudWithActions({ 'admin/attendance.bureau': () => ({ data: bureau() }) })
    render(<AttendanceOverviewPage />)
    expect(await screen.findByText('机关第一党支部：81.3%')).toBeTruthy()
    expect(cloud.calls[0].input).toEqual({ year, month: shownMonth })
    const legend = screen.getAllByText(/党支部：/).map((n) => n.textContent)
    expect(legend).toEqual(['机关第一党支部：81.3%', '机关第二党支部：100.0%'])
    expect(screen.getByText('应到62人，实到56人，请假3人，缺席3人，出勤率90.3%', { exact: false })).toBeTruthy()
    expect(screen.getAllByText('党费收缴率95.0%（应交1000.00元，已交950.00元）').length).toBeGreaterThan(0)

    fireEvent.click(screen.getAllByText('表格')[0])
    const row = screen.getAllByText('机关第一党支部').find((n) => n.className.includes('att-table__cell'))!
    expect(
      within(row.parentElement as HTMLElement)
        .getAllByText(/./)
        .map((n) => n.textContent),
    ).toEqual(['机关第一党支部', '32', '26', '3', '3', '81.3%'])
  })

  it('comes as lines of figures in 长辈版 at 特大 and 超大, where a chart or a table has too little room', async () => {
    setDisplayPrefs({ elder: true, level: 1 })
    cloudWithActions({ 'admin/attendance.bureau': () => ({ data: bureau() }) })
    render(<AttendanceOverviewPage />)
    await screen.findByText('应到62人，实到56人，请假3人，缺席3人，出勤率90.3%', { exact: false })
    expect(screen.queryAllByText('图表')).toEqual([])
    expect(document.querySelectorAll('.rate-chart')).toHaveLength(0)
    expect(document.querySelectorAll('.att-table')).toHaveLength(0)
    const row = screen.getAllByText('机关第一党支部').find((n) => n.className.includes('att-person__name'))!
    expect(
      within(row.parentElement as HTMLElement)
        .getAllByText(/./)
        .map((n) => n.textContent),
    ).toEqual(['机关第一党支部', '应到32人', '实到26人', '请假3人', '缺席3人', '出勤率81.3%'])
  })

  it('says a month not yet collected is before its collection day, as 党费收缴情况 does', async () => {
    const data = bureau()
    data.bureau.dues = { dueFen: 100000, paidFen: 3000, ratePct: null, open: false }
    cloudWithActions({ 'admin/attendance.bureau': () => ({ data }) })
    render(<AttendanceOverviewPage />)
    expect(await screen.findByText('党费：未到收缴日（已预交30.00元）')).toBeTruthy()
  })

  it('opens on the period a link names (首页’s 本月, or an earlier month)', async () => {
    const cloud = cloudWithActions({ 'admin/attendance.bureau': () => ({ data: bureau() }) })
    setRouterParams({ year: '2025', month: '2025-11' })
    render(<AttendanceOverviewPage />)
    await waitFor(() => expect(cloud.calls[0]?.input).toEqual({ year: 2025, month: '2025-11' }))
  })

  it('opens a branch for the same period', async () => {
    cloudWithActions({ 'admin/attendance.bureau': () => ({ data: bureau() }) })
    render(<AttendanceOverviewPage />)
    fireEvent.click(await screen.findByText('机关第二党支部 ›'))
    expect(recorded.navigations.at(-1)?.url).toBe(
      `/packageAdmin/pages/attendance-branch/index?branchId=org-b2&year=${year}&month=${shownMonth}`,
    )
  })
})

describe('缺勤人员', () => {
  it('says why each was missing and where their 补学 stands', async () => {
    setRouterParams({ activityId: 'act-1' })
    const data: Absentees = {
      branch: { id: 'org-b1', name: '机关第一党支部' },
      title: '3月支委会',
      activities: [
        {
          activity: {
            id: 'act-1',
            type: 'committeeMeeting',
            title: '3月支委会',
            status: 'closed',
            date: '2026-03-05',
            startAt: 0,
            place: '三楼',
            figures: figures(5, 3, 1, 1, 60),
          },
          people: [
            { memberId: 'm1', name: '王建华', status: 'absent', reason: '未请假', makeup: 'due' },
            { memberId: 'm2', name: '李秀英', status: 'onLeave', reason: '外出执法检查', makeup: 'done' },
            {
              memberId: 'm3',
              name: '张桂兰',
              status: 'absent',
              reason: '未请假',
              makeup: 'done',
              makeupOffline: '2026-03-09',
            },
          ],
        },
      ],
    }
    const cloud = cloudWithActions({ 'secretary/attendance.absentees': () => ({ data }) })
    render(<AbsenteesPage />)
    expect(await screen.findAllByText('原因：未请假')).toHaveLength(2)
    expect(screen.getByText('事由：外出执法检查')).toBeTruthy()
    expect(screen.getByText('补学：待补学')).toBeTruthy()
    expect(screen.getByText('补学：已补学')).toBeTruthy()
    // Done in person: as the member's own screens say it.
    expect(screen.getByText('补学：线下补学（书记登记） 3月9日')).toBeTruthy()
    expect(cloud.calls[0].input).toEqual({ activityId: 'act-1' })
    fireEvent.click(screen.getByText('王建华：缺席 ›'))
    expect(recorded.navigations.at(-1)?.url).toBe('/packageAdmin/pages/attendance-member/index?memberId=m1&year=2026')
  })
})

describe('党员出勤', () => {
  it('lists the year’s activities with each standing and 补学, one done in person as 线下补学 with its day', async () => {
    setRouterParams({ memberId: 'm3', year: '2026' })
    const activity = (id: string, title: string, date: string) => ({
      id,
      type: 'committeeMeeting' as const,
      title,
      status: 'closed' as const,
      date,
      startAt: 0,
      place: '三楼',
      figures: figures(5, 3, 1, 1, 60),
    })
    const data: MemberYear = {
      member: { id: 'm3', name: '张桂兰', branchName: '机关第一党支部', left: false },
      year: 2026,
      figures: figures(3, 1, 0, 2, null),
      rows: [
        {
          activity: activity('a3', '3月支委会', '2026-03-05'),
          status: 'absent',
          reason: '未请假',
          makeup: 'done',
          makeupOffline: '2026-03-09',
        },
        { activity: activity('a2', '2月支委会', '2026-02-05'), status: 'absent', reason: '未请假', makeup: 'done' },
        { activity: activity('a1', '1月支委会', '2026-01-08'), status: 'present', reason: null, makeup: null },
      ],
    }
    const cloud = cloudWithActions({ 'secretary/attendance.member': () => ({ data }) })
    render(<MemberAttendancePage />)
    expect(await screen.findByText('补学：线下补学（书记登记） 3月9日')).toBeTruthy()
    expect(screen.getByText('补学：已补学')).toBeTruthy()
    expect(screen.getAllByText(/^补学：/)).toHaveLength(2)
    expect(cloud.calls[0].input).toEqual({ memberId: 'm3', year: 2026 })
  })
})

describe('制度落实情况', () => {
  /** One branch's 2026 as of 18 November: 党员大会 held in the first quarter only. */
  function complianceMatrix(): ComplianceMatrix {
    const now = Date.parse('2026-11-18T10:30:00+08:00')
    const checks = complianceRow({
      year: 2026,
      now,
      hasGroups: false,
      activities: [
        { type: 'generalMeeting', month: '2026-02', date: '2026-02-20', held: true, minutesConfirmed: true },
      ],
    })
    const rectify = { meetings: 1, total: 5, done: 2, open: 3, overdue: 1 }
    const matrix: ComplianceMatrix = {
      year: 2026,
      currentMonth: '2026-11',
      rules: [],
      branches: [
        {
          branchId: 'org-b3',
          name: '水环境管理处党支部',
          orgLife: {
            appraisal: {
              evaluated: 12,
              graded: 9,
              probationary: 1,
              counts: { excellent: 2, qualified: 7, basic: 0, unqualified: 0 },
              words: appraisalProgressWords(9, 12),
            },
            talk: { counted: 13, covered: 6, talks: 9, share: '6/13人（46%）', words: talkProgressWords(6, 13) },
            rectify: { ...rectify, words: rectifyProgressWords(rectify) },
          },
          checks,
          ...complianceWords(checks, now),
        },
      ],
    }
    return matrix
  }

  it('names the period a branch missed, beside the marks', async () => {
    setRouterParams({ year: '2026' })
    cloudWithActions({ 'admin/attendance.compliance': () => ({ data: complianceMatrix() }) })
    render(<CompliancePage />)
    // The gaps lead, across branches, in words.
    expect(await screen.findByText(/^✗ 水环境管理处党支部：.*第二季度未召开党员大会/)).toBeTruthy()
    expect(screen.getByText('需要关注（1个支部）')).toBeTruthy()
    // Then the year as a grid: a quarter's cell spans three months, its state also in words.
    const cells = [...document.querySelectorAll('.att-grid__cell')]
    const general = cells.filter((c) => (c.getAttribute('aria-label') ?? '').startsWith('党员大会'))
    expect(general.map((c) => [c.getAttribute('aria-label'), c.textContent, c.className.includes('span--3')])).toEqual([
      ['党员大会第一季度：已完成', '✓', true],
      ['党员大会第二季度：未完成', '✗', true],
      ['党员大会第三季度：未完成', '✗', true],
      ['党员大会第四季度：进行中', '◷', true],
    ])
    expect(screen.getByText('— 不适用')).toBeTruthy()
    // Beside the grid, the branch's 民主评议 and 谈心谈话 of the year in words.
    expect(screen.getByText('民主评议：已评定9/12人，还有3人未评定')).toBeTruthy()
    expect(screen.getByText('谈心谈话：已谈完6/13人（46%），还有7人未谈完')).toBeTruthy()
    expect(screen.getByText('整改事项：共5项，已完成2项，未完成3项，其中1项已逾期')).toBeTruthy()
  })

  it('in 长辈版, comes as two half-year grids of six months, so that nothing runs past the card', async () => {
    setRouterParams({ year: '2026' })
    setDisplayPrefs({ elder: true, level: 2 })
    cloudWithActions({ 'admin/attendance.compliance': () => ({ data: complianceMatrix() }) })
    render(<CompliancePage />)
    await screen.findByText(/^✗ 水环境管理处党支部/)
    const grids = [...document.querySelectorAll('.att-grid')]
    expect(grids.map((g) => g.className)).toEqual(['att-grid att-grid--half', 'att-grid att-grid--half'])
    const months = grids.map((g) => [...g.querySelectorAll('.att-grid__month')].map((m) => m.textContent))
    expect(months).toEqual([
      ['1', '2', '3', '4', '5', '6'],
      ['7', '8', '9', '10', '11', '12'],
    ])
    const general = grids.map((g) =>
      [...g.querySelectorAll('.att-grid__cell')]
        .map((c) => c.getAttribute('aria-label') ?? '')
        .filter((label) => label.startsWith('党员大会')),
    )
    expect(general).toEqual([
      ['党员大会第一季度：已完成', '党员大会第二季度：未完成'],
      ['党员大会第三季度：未完成', '党员大会第四季度：进行中'],
    ])
    // Each rule's figure once, over the first half.
    expect(screen.getAllByText(/^党员大会$/)).toHaveLength(2)
    expect(grids[1].querySelectorAll('.att-rule__state')).toHaveLength(0)
  })
})

describe('导出台账', () => {
  it("exports a branch's year and says what was made", async () => {
    const page: ExportPage = {
      branches: [{ branchId: 'org-b1', name: '机关第一党支部' }],
      years: [2026, 2025, 2024],
      recent: [],
    }
    const cloud = cloudWithActions({
      'admin/attendance.exports': () => ({ data: page }),
      'secretary/attendance.exportBranch': () => ({
        data: {
          id: 'e1',
          kind: 'branchYear',
          branchId: 'org-b1',
          scopeName: '机关第一党支部',
          year: 2025,
          fileName: '机关第一党支部2025年支部工作手册.xlsx',
          sizeBytes: 40960,
          createdAt: 0,
          byName: '党委办',
          url: 'http://127.0.0.1/file.xlsx',
          expiresAt: 1,
        },
      }),
    })
    const downloads: Array<{ href: string; download: string }> = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download })
    })
    render(<ExportPageView />)
    fireEvent.click(await screen.findByText('2025年'))
    fireEvent.click(screen.getByText('导出 机关第一党支部'))
    expect(await screen.findByText('已生成：机关第一党支部2025年支部工作手册.xlsx')).toBeTruthy()
    expect(cloud.calls.find((c) => c.action === 'attendance.exportBranch')?.input).toEqual({
      branchId: 'org-b1',
      year: 2025,
    })
  })
})
