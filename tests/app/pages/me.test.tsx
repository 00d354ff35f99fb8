import type { Profile, Session } from '@core/contract'
import { fireEvent, render, screen } from '@testing-library/react'
import MePage from '@/pages/me/index'
import { recorded } from '../setup/taro'
import { actionsCalled, cloudWithActions, memberSession, profileOf, secretarySession } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

beforeEach(freshLaunch)

/** me.get answers with the session and the profile (null off the roster), in one call. */
function cloudFor(session: Session, profile: Profile | null) {
  return cloudWithActions({ 'member/me.get': () => ({ data: { session, profile, unreadNotices: 0 } }) })
}

describe('我的', () => {
  it('shows the profile: branch, 党小组, 入党日期, role and 预备/正式, and no officers’ entries', async () => {
    const session = memberSession('赵敏', '机关第二党支部')
    const cloud = cloudFor(session, profileOf(session, { groupName: '第一党小组', probationary: true }))
    render(<MePage />)

    expect(await screen.findByText('赵敏')).toBeTruthy()
    expect(screen.getByText('所在支部：机关第二党支部')).toBeTruthy()
    expect(screen.getByText('党小组：第一党小组')).toBeTruthy()
    expect(screen.getByText('入党日期：2010年7月1日')).toBeTruthy()
    expect(screen.getByText('身份：党员')).toBeTruthy()
    expect(screen.getByText('党员类别：预备党员')).toBeTruthy()
    expect(screen.queryByText('支部管理')).toBeNull()
    expect(screen.queryByText('机关党委')).toBeNull()
    expect(actionsCalled(cloud)).toEqual(['member/me.get'])
  })

  it('says a 支委’s duty', async () => {
    const session = secretarySession()
    cloudFor(session, profileOf(session, { role: 'committee', duty: '组织委员' }))
    render(<MePage />)

    expect(await screen.findByText('身份：支委（组织委员）')).toBeTruthy()
    expect(screen.getByText('党员类别：正式党员')).toBeTruthy()
  })

  it('opens 支部管理 in its subpackage for a secretary', async () => {
    const session = secretarySession()
    cloudFor(session, profileOf(session, { role: 'secretary' }))
    render(<MePage />)

    fireEvent.click(await screen.findByText('支部管理'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageSecretary/pages/overview/index' }])
    expect(screen.queryByText('机关党委')).toBeNull()
  })

  it('opens 机关党委 in its subpackage for an admin', async () => {
    const session: Session = { ...memberSession('龙秀兰'), role: 'admin' }
    cloudFor(session, profileOf(session))
    render(<MePage />)

    fireEvent.click(await screen.findByText('机关党委'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageAdmin/pages/overview/index' }])
  })

  it('lets an admin who is on no roster in, without sending them to 绑定', async () => {
    cloudFor({ bound: false, role: 'admin', member: null }, null)
    render(<MePage />)

    expect(await screen.findByText('机关党委管理员')).toBeTruthy()
    expect(screen.getByText('机关党委')).toBeTruthy()
    expect(recorded.navigations).toEqual([])
  })

  it('opens the privacy guide', async () => {
    const session = memberSession()
    cloudFor(session, profileOf(session))
    render(<MePage />)

    fireEvent.click(await screen.findByText('隐私说明'))

    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageMember/pages/privacy/index' }])
  })
})
