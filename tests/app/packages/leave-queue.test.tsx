import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { LeaveQueueItem, RosterView } from '@core/contract/activity-officer-views'
import { setRouterParams } from '../setup/taro'
import LeaveQueuePage from '@/packageSecretary/pages/leave/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'

beforeEach(freshLaunch)

const item = (name: string): LeaveQueueItem => ({
  activityId: 'act-1',
  activityTitle: '3月党员集中活动日',
  startAt: march6('15:00'),
  memberId: `m-${name}`,
  name,
  reason: '赴省厅开会',
  requestedAt: march6('09:00'),
})

/** What leave.decide answers: the activity's roster (its content does not matter to this page). */
const roster = { rows: [], counts: {} } as unknown as RosterView

describe('请假审批', () => {
  it('approves at one tap, one call: the request leaves the list without asking for the queue again', async () => {
    const cloud = cloudWithActions({
      'secretary/leave.queue': () => ({ data: { items: [item('甲'), item('乙')] } }),
      'secretary/leave.decide': () => ({ data: roster }),
    })
    setRouterParams({})
    render(<LeaveQueuePage />)

    expect(await screen.findByText('2条待审批')).toBeTruthy()
    fireEvent.click(screen.getAllByText('批准')[0])
    expect(await screen.findByText('1条待审批')).toBeTruthy()
    expect(screen.queryByText('甲')).toBeNull()
    expect(actionsCalled(cloud)).toEqual(['secretary/leave.queue', 'secretary/leave.decide'])
  })

  it('refuses with a reason, one call, and says so when the last one is decided', async () => {
    const cloud = cloudWithActions({
      'secretary/leave.queue': () => ({ data: { items: [item('乙')] } }),
      'secretary/leave.decide': () => ({ data: roster }),
    })
    setRouterParams({})
    render(<LeaveQueuePage />)

    fireEvent.click(await screen.findByText('不批准'))
    await typeInto('如：这次学习内容重要，请调整时间参加', '这次学习内容重要')
    fireEvent.click(screen.getAllByText('不批准').at(-1)!)
    expect(await screen.findByText('没有待审批的请假')).toBeTruthy()
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/leave.queue', 'secretary/leave.decide']))
    expect(cloud.calls[1].input).toEqual({
      activityId: 'act-1',
      memberId: 'm-乙',
      approve: false,
      reason: '这次学习内容重要',
    })
  })
})
