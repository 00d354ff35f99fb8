/** Every page about one record, opened without naming it, says where to choose one and asks the cloud nothing. */
import { fireEvent, render, screen } from '@testing-library/react'
import type { ComponentType } from 'react'
import ActivityDetailPage from '@/pages/activity/index'
import SignInPage from '@/pages/signin/index'
import NoticePage from '@/packageMember/pages/notice/index'
import ProxyMemberScreen from '@/packageMember/pages/proxy-member/index'
import LivePage from '@/packageSecretary/pages/live/index'
import NoticeDetailPage from '@/packageSecretary/pages/notice-detail/index'
import MemberDuesPage from '@/packageSecretary/pages/dues-member/index'
import BranchPage from '@/packageAdmin/pages/branch/index'
import { recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

beforeEach(freshLaunch)

const pages: Array<[string, ComponentType, string, string, { kind: string; url: string }]> = [
  ['活动详情', ActivityDetailPage, '请先选一个活动', '去活动', { kind: 'switchTab', url: '/pages/activities/index' }],
  ['签到', SignInPage, '请先选一个活动', '去活动', { kind: 'switchTab', url: '/pages/activities/index' }],
  ['通知', NoticePage, '请先选一个通知', '去通知', { kind: 'redirectTo', url: '/packageMember/pages/notices/index' }],
  [
    '代为记录的党员',
    ProxyMemberScreen,
    '请先选一个党员',
    '去代为记录',
    { kind: 'redirectTo', url: '/packageMember/pages/proxy/index' },
  ],
  [
    '活动现场',
    LivePage,
    '请先选一个活动',
    '去活动安排',
    { kind: 'redirectTo', url: '/packageSecretary/pages/schedule/index' },
  ],
  [
    '通知详情',
    NoticeDetailPage,
    '请先选一个通知',
    '去通知',
    { kind: 'redirectTo', url: '/packageSecretary/pages/notices/index' },
  ],
  [
    '党员党费',
    MemberDuesPage,
    '请先选一个党员',
    '去党费',
    { kind: 'redirectTo', url: '/packageSecretary/pages/dues/index' },
  ],
  [
    '支部出勤',
    BranchPage,
    '请先选一个支部',
    '去机关党委',
    { kind: 'redirectTo', url: '/packageAdmin/pages/overview/index' },
  ],
]

it.each(pages)('%s without its id', (_name, Page, title, button, navigation) => {
  const cloud = cloudWithActions({})
  setRouterParams({})
  render(<Page />)

  expect(screen.getByText(title)).toBeTruthy()
  expect(screen.queryByText(/不能为空|没能打开/)).toBeNull()
  fireEvent.click(screen.getByText(button))
  expect(recorded.navigations).toEqual([navigation])
  expect(actionsCalled(cloud)).toEqual([])
})
