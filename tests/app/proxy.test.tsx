import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { BranchProxyLinks, ProxyMemberPage } from '@core/contract/proxy'
import { setRouterParams } from './setup/taro'
import ProxyLinksPage from '@/packageSecretary/pages/proxy/index'
import ProxyMemberScreen from '@/packageMember/pages/proxy-member/index'
import ProxySignInPage from '@/packageMember/pages/proxy-signin/index'
import SignInPage from '@/pages/signin/index'
import { actionsCalled, cloudWithActions } from './helpers/fake-cloud'
import { freshLaunch, typeInto } from './helpers/app'
import { activityPage, listItem, march6 } from './helpers/activity'
import { myMonth, studyEntry } from './helpers/study'

beforeEach(freshLaunch)

const open = { state: 'open' as const, opensAt: march6('14:30'), closesAt: march6('17:00'), message: null }
const elder = {
  memberId: 'm-5',
  name: '李大爷',
  relation: 'committee' as const,
  note: '组织委员',
  reason: '视力不好',
  grantedAt: 0,
}

describe('代为记录 (secretary)', () => {
  const links: BranchProxyLinks = {
    branch: { id: 'org-b1', name: '机关第一党支部' },
    links: [
      {
        id: 'm-5_m-2',
        elder: { id: 'm-5', name: '李大爷' },
        proxy: { id: 'm-2', name: '张三', bound: true },
        relation: 'family',
        note: '女儿',
        reason: '本人视力不好',
        grantedAt: march6('09:00'),
        grantedByName: '王书记',
      },
    ],
    members: [],
  }

  it('lists who may record for whom, and withdraws a link with a written reason', async () => {
    const cloud = cloudWithActions({
      'secretary/proxy.links': () => ({ data: links }),
      'secretary/proxy.withdraw': () => ({ data: { id: 'm-5_m-2' } }),
    })
    render(<ProxyLinksPage />)
    expect(await screen.findByText('张三 可代 李大爷 记录')).toBeTruthy()
    expect(screen.getByText('关系：家属（女儿）')).toBeTruthy()
    fireEvent.click(screen.getByText('撤销授权'))
    await typeInto('如：本人已能自己记录', '本人已能自己记录')
    fireEvent.click(screen.getAllByText('撤销授权').at(-1) as HTMLElement)
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/proxy.withdraw'))
    expect(cloud.calls.find((c) => c.action === 'proxy.withdraw')?.input).toEqual({
      linkId: 'm-5_m-2',
      reason: '本人已能自己记录',
    })
  })
})

describe('代为记录 (the linked member)', () => {
  it('shows what can be recorded for the member now, each task a tap away', async () => {
    const page: ProxyMemberPage = {
      elder,
      activities: [
        { ...listItem({ can: { signIn: true, requestLeave: false, submitMakeup: false } }) },
        { ...listItem({ status: 'absent', makeup: 'done', makeupOffline: '2026-03-09' }), id: 'act-2' },
      ],
      makeup: [],
      study: myMonth({ entries: [studyEntry('sc-1', '收听党课录音', { proxyName: '张三' })] }),
    }
    cloudWithActions({ 'member/proxy.member': () => ({ data: page }) })
    setRouterParams({ e: 'm-5' })
    render(<ProxyMemberScreen />)
    expect(await screen.findByText('代李大爷记录')).toBeTruthy()
    expect(screen.getByText('代李大爷签到')).toBeTruthy()
    // A 补学 the secretary recorded as done in person reads as on the member's own screens.
    expect(screen.getByText('状态：✗ 缺席 · 线下补学（书记登记） 3月9日')).toBeTruthy()
    expect(screen.getByText(/收听党课录音.*由张三代记/)).toBeTruthy()
    expect(screen.getByText('代记学习')).toBeTruthy()
    expect(screen.getByText('没有要做的补学。')).toBeTruthy()
  })

  it('signs the member in with the code, and says it was recorded by me', async () => {
    const cloud = cloudWithActions({
      'member/proxy.activity': () => ({ data: { ...activityPage({ signIn: open }), elderName: '李大爷' } }),
      'member/proxy.signIn': () => ({
        data: {
          activityId: 'act-1',
          title: '3月党员集中活动日',
          place: '机关三楼党员活动室',
          at: march6('15:02'),
          method: 'code',
          distanceM: null,
          already: false,
          proxyName: '张三',
        },
      }),
    })
    setRouterParams({ e: 'm-5', a: 'act-1' })
    render(<ProxySignInPage />)
    expect(await screen.findByText('为李大爷签到')).toBeTruthy()
    await typeInto('6位数字', '123456')
    fireEvent.click(screen.getByText('代为签到'))
    expect(await screen.findByText('✓ 已签到 15:02（由张三代记）')).toBeTruthy()
    expect(cloud.calls[1].input).toEqual({ elderId: 'm-5', activityId: 'act-1', code: '123456' })
  })
})

describe('the elderly member sees 代记 on their own pages', () => {
  it('签到: signed in at 15:02 by a linked member', async () => {
    cloudWithActions({
      'member/activity.get': () => ({
        data: activityPage({
          status: 'present',
          attendance: { at: march6('15:02'), method: 'code', proxyName: '张三' },
          signIn: open,
        }),
      }),
    })
    setRouterParams({ a: 'act-1' })
    render(<SignInPage />)
    expect(await screen.findByText('✓ 已签到 15:02（由张三代记）')).toBeTruthy()
  })
})
