import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { recorded, setRouterParams } from '../setup/taro'
import SignInPage from '@/pages/signin/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { activityPage, march6 } from '../helpers/activity'

beforeEach(freshLaunch)

const open = { state: 'open' as const, opensAt: march6('14:30'), closesAt: march6('17:00'), message: null }

describe('签到', () => {
  it('signs in with the typed code and says so in big type', async () => {
    const cloud = cloudWithActions({
      'member/activity.get': () => ({ data: activityPage({ signIn: open }) }),
      'member/attendance.signIn': () => ({
        data: {
          activityId: 'act-1',
          title: '3月党员集中活动日',
          place: '机关三楼党员活动室',
          at: march6('15:02'),
          method: 'code',
          distanceM: null,
          already: false,
        },
      }),
    })
    setRouterParams({ a: 'act-1' })
    render(<SignInPage />)

    await typeInto('6位数字', '123456')
    fireEvent.click(screen.getByText('签到'))

    expect(await screen.findByText('✓ 已签到 15:02')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/activity.get', 'member/attendance.signIn'])
    expect(cloud.calls[1].input).toEqual({ activityId: 'act-1', code: '123456', via: 'code' })
  })

  it('signs in at once from a scanned QR, and says why not in the server’s words', async () => {
    const cloud = cloudWithActions({
      'member/activity.get': () => ({ data: activityPage({ signIn: open }) }),
      'member/attendance.signIn': () => ({
        status: 400,
        error: {
          code: 'ATTENDANCE.CODE_EXPIRED',
          message: '签到码已过期（每30秒更换一次），请输入书记手机上正在显示的签到码，或重新扫码',
        },
      }),
    })
    setRouterParams({ a: 'act-1', c: '654321' })
    render(<SignInPage />)

    expect(await screen.findByText('✗ 没能签到')).toBeTruthy()
    expect(screen.getByText(/签到码已过期/)).toBeTruthy()
    expect(cloud.calls[1].input).toEqual({ activityId: 'act-1', code: '654321', via: 'qr' })
  })

  it('opened by WeChat’s 扫一扫 from the 小程序码, finds the activity by the scene’s key and signs in at once', async () => {
    const cloud = cloudWithActions({
      'member/activity.forSignIn': () => ({ data: activityPage({ signIn: open }) }),
      'member/attendance.signIn': () => ({
        data: {
          activityId: 'act-1',
          title: '3月党员集中活动日',
          place: '机关三楼党员活动室',
          at: march6('15:02'),
          method: 'qr',
          distanceM: null,
          already: false,
        },
      }),
    })
    // As WeChat hands it to the page: the scene URL-encoded.
    setRouterParams({ scene: encodeURIComponent('k=Ab3dE9xQ&c=654321') })
    render(<SignInPage />)

    expect(await screen.findByText('✓ 已签到 15:02')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/activity.forSignIn', 'member/attendance.signIn'])
    expect(cloud.calls[0].input).toEqual({ signInKey: 'Ab3dE9xQ' })
    expect(cloud.calls[1].input).toEqual({ activityId: 'act-1', code: '654321', via: 'qr', signInKey: 'Ab3dE9xQ' })
  })

  it('opened from a 小程序码 that is not a sign-in code, says so in words and asks the cloud nothing', async () => {
    const cloud = cloudWithActions({})
    setRouterParams({ scene: 'hello' })
    render(<SignInPage />)

    expect(await screen.findByText(/这个码不是签到码，或者没有扫完整/)).toBeTruthy()
    fireEvent.click(screen.getByText('去“活动”'))
    expect(recorded.navigations).toEqual([{ kind: 'switchTab', url: '/pages/activities/index' }])
    expect(actionsCalled(cloud)).toEqual([])
  })

  it('shows an earlier sign-in as done, without asking again', async () => {
    const cloud = cloudWithActions({
      'member/activity.get': () => ({
        data: activityPage({ status: 'present', attendance: { at: march6('14:58'), method: 'qr' }, signIn: open }),
      }),
    })
    setRouterParams({ a: 'act-1', c: '654321' })
    render(<SignInPage />)

    expect(await screen.findByText('✓ 已签到 14:58')).toBeTruthy()
    expect(screen.getByText('您之前已经签过到了，不用再签。')).toBeTruthy()
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['member/activity.get']))
  })

  it('with a sign-in range, explains the location before asking for it at a tap', async () => {
    const page = activityPage({ signIn: open })
    page.activity.geofence = { lat: 30.59, lng: 114.3, radiusM: 300 }
    const cloud = cloudWithActions({ 'member/activity.get': () => ({ data: page }) })
    setRouterParams({ a: 'act-1', c: '654321' })
    render(<SignInPage />)

    expect(await screen.findByText(/只用来算出与活动地点的距离，不保存位置本身/)).toBeTruthy()
    expect(screen.getByText('获取位置并签到')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/activity.get'])
  })
})
