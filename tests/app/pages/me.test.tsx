import { fireEvent, render, screen } from '@testing-library/react'
import MePage from '@/pages/me/index'
import { recorded } from '../setup/taro'
import { cloudWithSession, memberSession, secretarySession } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

beforeEach(freshLaunch)

describe('我的', () => {
  it('shows name, branch and role, and no officers’ entries to a member', async () => {
    cloudWithSession(memberSession('赵敏', '机关第二党支部'))
    render(<MePage />)

    expect(await screen.findByText('赵敏')).toBeTruthy()
    expect(screen.getByText('所在支部：机关第二党支部')).toBeTruthy()
    expect(screen.getByText('身份：党员')).toBeTruthy()
    expect(screen.queryByText('支部管理')).toBeNull()
    expect(screen.queryByText('机关党委')).toBeNull()
  })

  it('opens 支部管理 in its subpackage for a secretary', async () => {
    cloudWithSession(secretarySession())
    render(<MePage />)

    fireEvent.click(await screen.findByText('支部管理'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageSecretary/pages/overview/index' }])
    expect(screen.queryByText('机关党委')).toBeNull()
  })

  it('opens 机关党委 in its subpackage for an admin', async () => {
    cloudWithSession({ ...memberSession('龙秀兰'), role: 'admin' })
    render(<MePage />)

    fireEvent.click(await screen.findByText('机关党委'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageAdmin/pages/overview/index' }])
  })

  it('opens the privacy guide', async () => {
    cloudWithSession(memberSession())
    render(<MePage />)

    fireEvent.click(await screen.findByText('隐私说明'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/privacy/index' }])
  })
})
