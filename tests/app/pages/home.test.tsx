import { fireEvent, render, screen } from '@testing-library/react'
import { recorded } from '../setup/taro'
import HomePage from '@/pages/home/index'
import { cloudWithSession, installFakeCloud, memberSession, strangerSession } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

beforeEach(freshLaunch)

describe('首页', () => {
  it('greets the person by name with their branch, from one whoami call', async () => {
    const cloud = cloudWithSession(memberSession('王秀英', '第三党支部'))
    render(<HomePage />)

    expect(await screen.findByText('王秀英，您好')).toBeTruthy()
    expect(screen.getByText('第三党支部')).toBeTruthy()
    expect(cloud.calls.map((call) => `${call.fn}/${call.action}`)).toEqual(['member/session.whoami'])
  })

  it('shows honest empty to-dos rather than invented ones', async () => {
    cloudWithSession(memberSession())
    render(<HomePage />)

    expect(await screen.findByText('暂无待办')).toBeTruthy()
    expect(screen.getByText('暂无活动安排')).toBeTruthy()
    expect(screen.getByText('学习打卡尚未开放')).toBeTruthy()
  })

  it('sends a stranger to the binding page', async () => {
    cloudWithSession(strangerSession())
    render(<HomePage />)

    await screen.findByText('您好')
    expect(recorded.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/bind/index' }])
  })

  it('lets an admin without a roster entry in', async () => {
    cloudWithSession({ bound: false, role: 'admin', member: null })
    render(<HomePage />)

    expect(await screen.findByText('机关党委')).toBeTruthy()
    expect(recorded.navigations).toEqual([])
  })

  it('says what went wrong and loads again on 重试', async () => {
    let reachable = false
    installFakeCloud({ fn: () => (reachable ? { body: { ok: true, data: memberSession() } } : 'unreachable') })
    render(<HomePage />)

    expect(await screen.findByText('网络不通，请检查网络后再试')).toBeTruthy()
    reachable = true
    fireEvent.click(screen.getByText('重试'))

    expect(await screen.findByText('张三，您好')).toBeTruthy()
  })
})
