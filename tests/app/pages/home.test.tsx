import { fireEvent, render, screen } from '@testing-library/react'
import { phoneClockAt } from '../setup/clock'
import { recorded } from '../setup/taro'
import HomePage from '@/pages/home/index'
import { heardCloudNow } from '@/services/clock'
import {
  actionsCalled,
  cloudWithActions,
  installFakeCloud,
  memberSession,
  secretarySession,
  strangerSession,
} from '../helpers/fake-cloud'
import type { OfficeHome, OfficerTodo } from '@core/contract/home'
import { noFigures } from '@core/attendance/figures'
import { freshLaunch } from '../helpers/app'
import { listItem, makeupItem, memberHome } from '../helpers/activity'

beforeEach(freshLaunch)
// The fixtures are 首页 as the server answered it on 4 March 2026; the phone agrees.
beforeEach(() => phoneClockAt('2026-03-04T09:00:00+08:00'))
afterEach(() => phoneClockAt(null))

const homeCloud = (home = memberHome()) => cloudWithActions({ 'member/home.get': () => ({ data: home }) })

describe('首页', () => {
  it('greets the person by name with their branch, from one home.get call', async () => {
    const cloud = homeCloud(memberHome({ session: memberSession('王秀英', '第三党支部') }))
    render(<HomePage />)

    expect(await screen.findByText('王秀英，您好')).toBeTruthy()
    expect(screen.getByText('第三党支部')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/home.get'])
  })

  it('shows the next activity with my status, and 请假 / 签到 right on its card', async () => {
    homeCloud(
      memberHome({ nextActivity: listItem({ can: { requestLeave: true, signIn: true, submitMakeup: false } }) }),
    )
    render(<HomePage />)

    expect(await screen.findByText('3月党员集中活动日')).toBeTruthy()
    expect(screen.getByText('时间：3月6日（周五）15:00–17:00')).toBeTruthy()
    expect(screen.getByText('地点：机关三楼党员活动室')).toBeTruthy()
    expect(screen.getByText('我的状态：○ 待参加')).toBeTruthy()
    fireEvent.click(screen.getByText('签到'))
    fireEvent.click(screen.getByText('请假'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/pages/signin/index?a=act-1' },
      { kind: 'navigateTo', url: '/pages/activity/index?id=act-1&leave=1' },
    ])
  })

  it('lists 补学 and this month’s dues as to-dos, and the study days in words', async () => {
    homeCloud()
    render(<HomePage />)

    const makeup = await screen.findByText('补学：2月固定学习日 · 2月6日（周五）')
    expect(screen.getByText('待补学 ›')).toBeTruthy()
    expect(screen.getByText('本月党费 30.00 元 · 待交')).toBeTruthy()
    expect(screen.getByText('本月已学习3天')).toBeTruthy()
    fireEvent.click(makeup)
    fireEvent.click(screen.getByText('本月党费 30.00 元 · 待交'))
    fireEvent.click(screen.getByText('本月已学习3天'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageMember/pages/makeup/index?a=act-0' },
      { kind: 'navigateTo', url: '/pages/dues/index' },
      { kind: 'switchTab', url: '/pages/study/index' },
    ])
  })

  it('keeps 补学 to three rows and leads to all of them', async () => {
    const months = ['2026-02-06', '2026-01-09', '2025-12-05', '2025-11-07', '2025-10-10']
    homeCloud(
      memberHome({
        makeup: months.map((day, i) =>
          makeupItem({ activityId: `act-${i}`, startAt: Date.parse(`${day}T15:00:00+08:00`) }),
        ),
      }),
    )
    render(<HomePage />)

    await screen.findByText('补学：2月固定学习日 · 2月6日（周五）')
    expect(screen.getAllByText(/^补学：/)).toHaveLength(3)
    expect(screen.queryByText(/11月7日/)).toBeNull()
    fireEvent.click(screen.getByText('还有2项补学'))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageMember/pages/makeup/index' }])
  })

  it('says arrears in words beside this month', async () => {
    homeCloud(
      memberHome({
        dues: {
          month: '2026-03',
          dueFen: 1550,
          owedFen: 4650,
          status: 'overdue',
          arrearsMonths: 3,
          level: 'threeMonths',
        },
      }),
    )
    render(<HomePage />)
    expect(await screen.findByText('本月党费 15.50 元 · 欠交，另有3个月未交')).toBeTruthy()
  })

  it('shows honest empty states rather than invented ones', async () => {
    homeCloud(memberHome({ nextActivity: null, makeup: [], dues: null, study: { month: '2026-03', studyDays: [] } }))
    render(<HomePage />)

    expect(await screen.findByText('暂无待办')).toBeTruthy()
    expect(screen.getByText('暂无活动安排')).toBeTruthy()
    expect(screen.getByText('本月已学习0天')).toBeTruthy()
  })

  it('offers a stranger 去绑定, keeping them on 首页 with its tab bar', async () => {
    homeCloud({
      session: strangerSession(),
      nextActivity: null,
      makeup: [],
      study: null,
      dues: null,
      unreadNotices: 0,
      noticesToAck: 0,
      welcome: false,
      officer: null,
      office: null,
    })
    render(<HomePage />)

    await screen.findByText('请先绑定党员身份')
    expect(recorded.navigations).toEqual([])
    fireEvent.click(screen.getByText('去绑定'))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/bind/index' }])
  })

  it('lets an admin without a roster entry in', async () => {
    homeCloud({
      session: { bound: false, role: 'admin', member: null },
      nextActivity: null,
      makeup: [],
      study: null,
      dues: null,
      unreadNotices: 0,
      noticesToAck: 0,
      welcome: false,
      officer: null,
      office: null,
    })
    render(<HomePage />)

    expect(await screen.findByText('机关党委')).toBeTruthy()
    expect(recorded.navigations).toEqual([])
  })

  it('says what went wrong and loads again on 重试', async () => {
    let reachable = false
    installFakeCloud({ fn: () => (reachable ? { body: { ok: true, data: memberHome() } } : 'unreachable') })
    render(<HomePage />)

    expect(await screen.findByText('网络不通，请检查网络后再试')).toBeTruthy()
    reachable = true
    fireEvent.click(screen.getByText('重试'))

    expect(await screen.findByText('张三，您好')).toBeTruthy()
  })

  it("dates the greeting by the cloud's clock, which the answer carries, not the phone's", async () => {
    // The phone says 4 March; the cloud (its clock moved by the hub, or the phone's wrong) says 7 December.
    installFakeCloud({
      fn: () => ({ body: { ok: true, data: memberHome(), now: Date.parse('2026-12-07T14:30:00+08:00') } }),
    })
    try {
      render(<HomePage />)
      expect(await screen.findByText('12月7日 星期一')).toBeTruthy()
      expect(screen.queryByText('3月4日 星期三')).toBeNull()
    } finally {
      heardCloudNow(Date.now())
    }
  })

  it("dates the greeting by the phone's clock while the cloud has said nothing of its own", async () => {
    homeCloud()
    render(<HomePage />)
    expect(await screen.findByText('3月4日 星期三')).toBeTruthy()
  })
})

const todo = (extra: Partial<OfficerTodo> = {}): OfficerTodo => ({
  branchId: 'b-1',
  leavePending: 2,
  makeupSubmitted: 6,
  paymentsReported: 3,
  unbound: 0,
  developDue: 0,
  ...extra,
})

const office = (extra: Partial<OfficeHome> = {}): OfficeHome => ({
  month: '2026-03',
  branches: 8,
  members: 81,
  attendance: { ...noFigures(), activities: 3, expected: 40, present: 35, onLeave: 3, absent: 2, ratePct: 87.5 },
  dues: { dueFen: 241735, paidFen: 138975, ratePct: 57.5, open: true },
  study: { members: 81, withRecord: 52, sharePct: 64 },
  attention: [
    { branchId: 'b-3', name: '第三党支部', reasons: ['本月没有安排固定学习日'] },
    { branchId: 'b-5', name: '水环境管理处党支部', reasons: ['上季度未召开党员大会', '1笔缴费等待确认超过7天'] },
  ],
  ...extra,
})

describe('首页 for officers', () => {
  it('gives a secretary a 支部待办 card whose counts open their queues, in the same one call', async () => {
    const cloud = homeCloud(
      memberHome({ session: secretarySession(), officer: todo({ unbound: 4, developDue: 1 }), noticesToAck: 1 }),
    )
    render(<HomePage />)

    expect(await screen.findByText('支部待办')).toBeTruthy()
    fireEvent.click(screen.getByText('2条请假待审批'))
    fireEvent.click(screen.getByText('6篇补学心得待审核'))
    fireEvent.click(screen.getByText('3笔缴费待确认'))
    fireEvent.click(screen.getByText('4人还未绑定微信'))
    fireEvent.click(screen.getByText('党员发展本月要办1项'))
    fireEvent.click(screen.getByText('支部管理'))
    // A notice read but not yet confirmed is a to-do of its own, not one of the unread.
    fireEvent.click(screen.getByText('1条通知待确认收到'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageSecretary/pages/leave/index' },
      { kind: 'navigateTo', url: '/packageSecretary/pages/review/index' },
      { kind: 'navigateTo', url: '/packageSecretary/pages/dues/index' },
      { kind: 'navigateTo', url: '/packageSecretary/pages/members/index' },
      { kind: 'navigateTo', url: '/packageSecretary/pages/develop/index' },
      { kind: 'navigateTo', url: '/packageSecretary/pages/overview/index' },
      { kind: 'navigateTo', url: '/packageMember/pages/notices/index' },
    ])
    // Their own member items stay below.
    expect(screen.getByText('待办')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/home.get'])
  })

  it('shows only the queues with something waiting, and says plainly when nothing does', async () => {
    homeCloud(memberHome({ session: secretarySession(), officer: todo({ leavePending: 0, paymentsReported: 0 }) }))
    const { unmount } = render(<HomePage />)
    expect(await screen.findByText('6篇补学心得待审核')).toBeTruthy()
    expect(screen.queryByText(/请假待审批/)).toBeNull()
    expect(screen.queryByText(/缴费待确认/)).toBeNull()
    unmount()

    homeCloud(
      memberHome({
        session: secretarySession(),
        officer: todo({ leavePending: 0, makeupSubmitted: 0, paymentsReported: 0 }),
      }),
    )
    render(<HomePage />)
    expect(await screen.findByText('支部暂无待办')).toBeTruthy()
    expect(screen.getByText('请假、补学心得、缴费都已处理，党员都已绑定微信，党员发展本月没有要办的。')).toBeTruthy()
    expect(screen.getByText('支部管理')).toBeTruthy()
  })

  it('adds 谈心谈话 to 支部待办 before a 组织生活会 while some have not talked, opening the coverage sheet', async () => {
    const talkNudge = '2026年3月30日召开组织生活会，会前宜完成谈心谈话：还有3人未谈（自12月30日以来）'
    homeCloud(memberHome({ session: secretarySession(), officer: todo({ talkNudge }) }))
    render(<HomePage />)
    fireEvent.click(await screen.findByText(talkNudge))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageSecretary/pages/talks/index' }])
  })

  it('gives a member no officer card', async () => {
    homeCloud()
    render(<HomePage />)
    await screen.findByText('张三，您好')
    expect(screen.queryByText('支部待办')).toBeNull()
    expect(screen.queryByText(/全机关/)).toBeNull()
  })

  it("gives the party office this month's figures in words and the branches needing attention", async () => {
    homeCloud(memberHome({ session: { ...memberSession('赵主任'), role: 'admin' }, office: office() }))
    render(<HomePage />)

    expect(await screen.findByText('2026年3月：全机关')).toBeTruthy()
    expect(screen.getByText('81人')).toBeTruthy()
    expect(screen.getByText('8个支部')).toBeTruthy()
    // 本月活动 counts what 支部概览 calls 已结束; each rate is said once, its words say what it is of.
    expect(screen.getByText('已结束3次')).toBeTruthy()
    expect(screen.getByText('应到40人，实到35人，请假3人，缺席2人，出勤率87.5%')).toBeTruthy()
    expect(screen.getByText('收缴率57.5%')).toBeTruthy()
    expect(screen.getByText('应交2417.35元，已交1389.75元')).toBeTruthy()
    expect(screen.getByText('64%有记录')).toBeTruthy()
    expect(screen.getByText('81名党员中52人记录了学习')).toBeTruthy()
    expect(screen.getAllByText(/57\.5%/)).toHaveLength(1)
    expect(screen.getAllByText(/64%/)).toHaveLength(1)
    expect(screen.getByText('· 上季度未召开党员大会')).toBeTruthy()
    expect(screen.getByText(/按组织顺序列出，不排名/)).toBeTruthy()
    fireEvent.click(screen.getByText('本月活动 ›'))
    fireEvent.click(screen.getByText('本月党费 ›'))
    fireEvent.click(screen.getByText('水环境管理处党支部 ›'))
    fireEvent.click(screen.getByText('机关党委'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageAdmin/pages/attendance/index' },
      { kind: 'navigateTo', url: '/packageAdmin/pages/dues/index' },
      { kind: 'navigateTo', url: '/packageAdmin/pages/attendance-branch/index?branchId=b-5&year=2026&month=2026-03' },
      { kind: 'navigateTo', url: '/packageAdmin/pages/overview/index' },
    ])
    const names = screen.getAllByText(/党支部 ›$/).map((n) => n.textContent)
    expect(names).toEqual(['第三党支部 ›', '水环境管理处党支部 ›'])
  })

  it('says when no branch needs attention and before the collection day', async () => {
    homeCloud(
      memberHome({
        session: { ...memberSession('赵主任'), role: 'admin' },
        office: office({
          attention: [],
          attendance: noFigures(),
          dues: { dueFen: 241735, paidFen: 0, ratePct: null, open: false },
        }),
      }),
    )
    render(<HomePage />)
    expect(await screen.findByText('各支部暂无需要关注的事项')).toBeTruthy()
    expect(screen.getByText('本月还没有已举行的活动')).toBeTruthy()
    expect(screen.getByText('未到收缴日')).toBeTruthy()
  })
})
