import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { LiveView, RosterRow, RosterView } from '@core/contract/activity-officer-views'
import { answerModals, recorded, setRouterParams } from '../setup/taro'
import LivePage from '@/packageSecretary/pages/live/index'
import { changesOf, createInput, draftOf } from '@/packageSecretary/activity/draft'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'

beforeEach(freshLaunch)

const row = (name: string, extra: Partial<RosterRow> = {}): RosterRow => ({
  memberId: `m-${name}`,
  name,
  role: 'member',
  groupName: null,
  status: 'expected',
  attendance: null,
  leave: null,
  makeup: null,
  ...extra,
})

function liveView(now: number, extra: Partial<LiveView> = {}): LiveView {
  const rows = [
    row('甲', {
      status: 'present',
      attendance: {
        status: 'present',
        method: 'code',
        at: march6('15:02'),
        byName: null,
        reason: null,
        distanceM: null,
        corrected: false,
      },
    }),
    row('乙', {
      status: 'leavePending',
      leave: {
        status: 'pending',
        reason: '出差',
        requestedAt: march6('09:00'),
        decidedAt: null,
        decidedByName: null,
        decisionReason: null,
      },
    }),
    row('丙'),
  ]
  return {
    serverNow: now,
    window: { state: 'open', opensAt: march6('14:30'), closesAt: march6('17:00'), message: null },
    code: {
      code: '270956',
      wxacodeUrl: null,
      qrPayload: 'pages/signin/index?a=act-1&c=270956',
      changesAt: now + 18_000,
      stepMs: 30_000,
    },
    roster: {
      activity: {
        id: 'act-1',
        type: 'activityDay',
        title: '3月党员集中活动日',
        status: 'published',
        startAt: march6('15:00'),
        endAt: march6('17:00'),
        place: '机关三楼党员活动室',
        scheduleId: null,
        edited: false,
        geofence: null,
      },
      counts: {
        expected: 3,
        present: 1,
        onLeave: 0,
        leavePending: 1,
        absent: 0,
        waiting: 2,
        byMethod: { code: 1, qr: 0, manual: 0 },
        makeupDone: 0,
        makeupOpen: 0,
      },
      rows,
    },
    ...extra,
  }
}

/** The roster as the cloud answers a decision: one row changed and every count taken again. */
function rosterWith(now: number, changed: RosterRow): RosterView {
  const { roster } = liveView(now)
  const rows = roster.rows.map((r) => (r.memberId === changed.memberId ? changed : r))
  const n = (status: RosterRow['status']) => rows.filter((r) => r.status === status).length
  const counts = {
    ...roster.counts,
    present: n('present'),
    onLeave: n('onLeave'),
    leavePending: n('leavePending'),
    waiting: n('expected'),
  }
  return { ...roster, rows, counts }
}

describe('活动现场', () => {
  it('opened without an activity, says where to choose one and asks the cloud nothing', async () => {
    const cloud = cloudWithActions({})
    setRouterParams({})
    render(<LivePage />)

    expect(screen.getByText('请先选一个活动')).toBeTruthy()
    expect(screen.queryByText(/不能为空/)).toBeNull()
    fireEvent.click(screen.getByText('去活动安排'))
    expect(recorded.navigations).toEqual([{ kind: 'redirectTo', url: '/packageSecretary/pages/schedule/index' }])
    expect(actionsCalled(cloud)).toEqual([])
  })

  it('shows the code, its countdown, the QR and the live roster by standing', async () => {
    const now = Date.now()
    cloudWithActions({ 'secretary/activity.live': () => ({ data: liveView(now) }) })
    setRouterParams({ id: 'act-1' })
    render(<LivePage />)

    expect(await screen.findByText('270956')).toBeTruthy()
    expect(screen.getByText(/^1[78]秒后更换$/)).toBeTruthy()
    expect(screen.getByAltText('签到二维码')).toBeTruthy()
    expect(screen.getByText('请在小程序里点“扫码签到”扫这个码，或输入下面的签到码')).toBeTruthy()
    expect(screen.getByText('应到3人：已签到1人（签到码1），请假待批1人，未签到2人')).toBeTruthy()
    expect(screen.getByText('请假待批（1人）')).toBeTruthy()
    expect(screen.getByText('15:02 签到码')).toBeTruthy()
  })

  it('shows the 小程序码 that WeChat’s own scanner opens, when WeChat drew one, and the code beside it', async () => {
    const now = Date.now()
    const view = liveView(now)
    view.code = { ...view.code!, wxacodeUrl: 'https://files.example/signin-codes/act-1/1.png' }
    cloudWithActions({ 'secretary/activity.live': () => ({ data: view }) })
    setRouterParams({ id: 'act-1' })
    render(<LivePage />)

    const image = await screen.findByAltText('签到小程序码')
    expect(image.getAttribute('src')).toBe('https://files.example/signin-codes/act-1/1.png')
    expect(screen.queryByAltText('签到二维码')).toBeNull()
    expect(screen.queryByText(/扫码签到”扫这个码/)).toBeNull()
    expect(screen.getByText('270956')).toBeTruthy()
  })

  it('approves leave, signs someone in only with a reason, and closes after a confirmation', async () => {
    const now = Date.now()
    // After the end (no code, so 活动现场 does not poll): every call is one a tap made. As the
    // cloud would, each decision answers with the roster counted again.
    const ended = { state: 'ended' as const, opensAt: march6('14:30'), closesAt: march6('17:00'), message: null }
    let roster = liveView(now).roster
    const decide = (changed: RosterRow) => {
      roster = rosterWith(now, changed)
      return { data: roster }
    }
    const cloud = cloudWithActions({
      'secretary/activity.live': () => ({ data: { ...liveView(now, { code: null, window: ended }), roster } }),
      'secretary/leave.decide': () => decide(row('乙', { status: 'onLeave' })),
      'secretary/attendance.markPresent': () => decide(row('丙', { status: 'present' })),
      'secretary/activity.close': () => ({ data: { ...liveView(now, { code: null, window: ended }), roster } }),
    })
    setRouterParams({ id: 'act-1' })
    render(<LivePage />)

    expect(await screen.findByText('请假待批（1人）')).toBeTruthy()
    fireEvent.click(screen.getByText('批准请假'))
    // One call: the answer's roster is shown, without asking for 活动现场 again.
    await waitFor(() => expect(screen.queryByText('请假待批（1人）')).toBeNull(), { timeout: 5000 })
    expect(actionsCalled(cloud)).toEqual(['secretary/activity.live', 'secretary/leave.decide'])
    expect(cloud.calls.find((c) => c.action === 'leave.decide')?.input).toEqual({
      activityId: 'act-1',
      memberId: 'm-乙',
      approve: true,
    })

    fireEvent.click(screen.getAllByText('补签')[0])
    fireEvent.click(await screen.findByText('确认补签'))
    expect(await screen.findByText('✗ 请填写补签原因')).toBeTruthy()
    await typeInto('如：手机没电，本人在现场参加', '手机没电，在现场')
    fireEvent.click(screen.getByText('确认补签'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/attendance.markPresent'))
    expect(actionsCalled(cloud).filter((a) => a === 'secretary/activity.live')).toHaveLength(1)
    expect(cloud.calls.find((c) => c.action === 'attendance.markPresent')?.input).toEqual({
      activityId: 'act-1',
      memberId: 'm-丙',
      reason: '手机没电，在现场',
    })

    answerModals(false, true)
    fireEvent.click(screen.getByText('结束活动并生成补学任务'))
    await waitFor(() => expect(recorded.modals).toEqual(['结束活动']))
    expect(actionsCalled(cloud)).not.toContain('secretary/activity.close')
    fireEvent.click(screen.getByText('结束活动并生成补学任务'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/activity.close'))
    // The answer is 活动现场 as it now reads: not asked for again.
    expect(actionsCalled(cloud).filter((a) => a === 'secretary/activity.live')).toHaveLength(1)
  })

  it('outside the window says when sign-in opens instead of a code', async () => {
    const now = march6('09:00')
    cloudWithActions({
      'secretary/activity.live': () => ({
        data: liveView(now, {
          code: null,
          window: {
            state: 'notYet',
            opensAt: march6('14:30'),
            closesAt: march6('17:00'),
            message: '签到将于3月6日 14:30开始',
          },
        }),
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<LivePage />)
    expect(await screen.findByText(/签到将于3月6日 14:30开始/)).toBeTruthy()
    expect(screen.queryByText('结束活动并生成补学任务')).toBeNull()
  })
  it('after the close, says where each one’s 补学 stands: a 补学 done in person as 线下补学 with its day', async () => {
    const now = march6('18:00')
    const view = liveView(now, {
      code: null,
      window: { state: 'closed', opensAt: march6('14:30'), closesAt: march6('17:00'), message: '签到已结束' },
    })
    view.roster.activity.status = 'closed'
    view.roster.rows = [
      row('乙', { status: 'absent', makeup: 'done', makeupOffline: '2026-03-09' }),
      row('丙', { status: 'absent', makeup: 'done' }),
      row('丁', { status: 'absent', makeup: 'due' }),
    ]
    cloudWithActions({ 'secretary/activity.live': () => ({ data: view }) })
    setRouterParams({ id: 'act-1' })
    render(<LivePage />)
    expect(await screen.findByText('补学：线下补学（书记登记） 3月9日')).toBeTruthy()
    expect(screen.getByText('补学：已补学')).toBeTruthy()
    expect(screen.getByText('补学：待补学')).toBeTruthy()
  })
})

describe('发布活动 form → requests', () => {
  it('sends every field for a new activity and only what changed for an existing one', () => {
    const draft = { ...draftOf(null, march6('09:00')), title: ' 三月活动日 ', place: '活动室' }
    expect(createInput(draft, undefined, true)).toEqual({
      type: 'activityDay',
      title: '三月活动日',
      date: '2026-03-06',
      startTime: '15:00',
      endTime: '17:00',
      place: '活动室',
      geofence: null,
      agenda: '',
      materials: [],
      expected: { kind: 'branch' },
      publish: true,
    })
    const before = { ...draft, title: '三月活动日', fence: null }
    expect(changesOf(before, before)).toEqual({})
    expect(
      changesOf(before, { ...before, date: '2026-03-13', fence: { lat: '30.5', lng: '114.3', radiusM: '300' } }),
    ).toEqual({ date: '2026-03-13', geofence: { lat: 30.5, lng: 114.3, radiusM: 300 } })
  })
})
