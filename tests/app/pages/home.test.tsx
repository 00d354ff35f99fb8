import { fireEvent, render, screen } from '@testing-library/react'
import { phoneClockAt } from '../setup/clock'
import { recorded } from '../setup/taro'
import HomePage from '@/pages/home/index'
import {
  actionsCalled,
  cloudWithActions,
  installFakeCloud,
  memberSession,
  strangerSession,
} from '../helpers/fake-cloud'
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
    homeCloud({ session: strangerSession(), nextActivity: null, makeup: [], study: null, dues: null, unreadNotices: 0 })
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
})
