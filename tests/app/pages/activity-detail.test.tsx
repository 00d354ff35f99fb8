import { fireEvent, render, screen } from '@testing-library/react'
import { setRouterParams } from '../setup/taro'
import ActivityDetailPage from '@/pages/activity/index'
import { cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { activityPage, march6 } from '../helpers/activity'
import { phoneClockAt } from '../setup/clock'

beforeEach(freshLaunch)
// The fixtures are an activity on 6 March 2026, seen on the 4th; the phone agrees.
beforeEach(() => phoneClockAt('2026-03-04T09:00:00+08:00'))
afterEach(() => phoneClockAt(null))

describe('活动详情', () => {
  it('shows agenda, materials and my status, and asks for leave with a reason', async () => {
    const pending = activityPage({
      status: 'leavePending',
      leave: {
        status: 'pending',
        reason: '出差',
        requestedAt: march6('09:00'),
        decidedAt: null,
        decidedByName: null,
        decisionReason: null,
      },
    })
    const cloud = cloudWithActions({
      'member/activity.get': () => ({ data: activityPage() }),
      // As the cloud does: the request answers with this member's part of the page.
      'member/leave.request': () => ({ data: pending.me }),
    })
    setRouterParams({ id: 'act-1' })
    render(<ActivityDetailPage />)

    expect(await screen.findByText('我的状态：○ 待参加')).toBeTruthy()
    expect(screen.getByText(/1\. 集中学习/)).toBeTruthy()
    expect(screen.getByText('学习强国专题')).toBeTruthy()
    expect(screen.getByText(/签到将于3月6日 14:30开始/)).toBeTruthy()

    fireEvent.click(screen.getByText('请假'))
    fireEvent.click(await screen.findByText('提交请假'))
    expect(await screen.findByText('✗ 请填写请假原因')).toBeTruthy()

    await typeInto('如：出差在外地', '出差')
    fireEvent.click(screen.getByText('提交请假'))
    expect(await screen.findByText('我的状态：◷ 请假待批')).toBeTruthy()
    expect(screen.getByText('请假原因：出差')).toBeTruthy()
    expect(cloud.calls.find((c) => c.action === 'leave.request')?.input).toEqual({
      activityId: 'act-1',
      reason: '出差',
    })
    // One call for the screen, one for the tap: the answer is shown, not asked for again.
    expect(cloud.calls.map((c) => c.action)).toEqual(['activity.get', 'leave.request'])
  })
})
