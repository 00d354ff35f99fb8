import { fireEvent, render, screen, within } from '@testing-library/react'
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
    // 办理进度: submitted at its time, waiting for the secretary in the queue's words, the result to come.
    const steps = within(screen.getByRole('list', { name: '请假办理进度' }))
    expect(steps.getAllByRole('listitem').map((step) => step.textContent)).toEqual([
      '✓已提交3月6日 09:00请假原因：出差',
      '●待审批等待书记审批',
      '○审批结果',
    ])
    expect(cloud.calls.find((c) => c.action === 'leave.request')?.input).toEqual({
      activityId: 'act-1',
      reason: '出差',
    })
    // One call for the screen, one for the tap: the answer is shown, not asked for again.
    expect(cloud.calls.map((c) => c.action)).toEqual(['activity.get', 'leave.request'])
    // Asking again starts from the reason given, to change rather than write anew.
    fireEvent.click(screen.getByText('重新请假（修改原因）'))
    expect(((await screen.findByPlaceholderText('如：出差在外地')) as HTMLTextAreaElement).value).toBe('出差')
  })

  it.each([
    ['approved', null, ['✓已提交3月3日 20:15请假原因：出差', '✓已批准3月4日 08:40李书记批准']],
    ['refused', '支部大会须到会', ['✓已提交3月3日 20:15请假原因：出差', '✗未批准3月4日 08:40李书记：支部大会须到会']],
  ] as const)(
    'shows the steps of a request %s with the day and time of each, from the page’s one call',
    async (status, why, words) => {
      const at = (iso: string) => Date.parse(`${iso}+08:00`)
      const cloud = cloudWithActions({
        'member/activity.get': () => ({
          data: activityPage({
            status: status === 'approved' ? 'onLeave' : 'expected',
            leave: {
              status,
              reason: '出差',
              requestedAt: at('2026-03-03T20:15:00'),
              decidedAt: at('2026-03-04T08:40:00'),
              decidedByName: '李书记',
              decisionReason: why,
            },
          }),
        }),
      })
      setRouterParams({ id: 'act-1' })
      render(<ActivityDetailPage />)

      const steps = within(await screen.findByRole('list', { name: '请假办理进度' }))
      expect(steps.getAllByRole('listitem').map((step) => step.textContent)).toEqual(words)
      expect(cloud.calls.map((c) => c.action)).toEqual(['activity.get'])
    },
  )

  it('says a 补学 done in person in my status, with its day, once', async () => {
    cloudWithActions({
      'member/activity.get': () => ({
        data: activityPage({
          status: 'absent',
          makeup: 'done',
          makeupOffline: '2026-03-09',
          can: { requestLeave: false, signIn: false, submitMakeup: false },
        }),
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<ActivityDetailPage />)
    expect(await screen.findByText('我的状态：✗ 缺席 · 线下补学（书记登记） 3月9日')).toBeTruthy()
    expect(document.body.textContent?.split('线下补学').length).toBe(2)
  })

  it.each([
    ['absent', true],
    ['onLeave', false],
  ] as const)('after the end, tells a member who is %s to ask the secretary for 补签: %s', async (status, told) => {
    const ended = '活动已于3月6日 17:00结束，不能再签到；如确实参加了，请联系书记补签'
    cloudWithActions({
      'member/activity.get': () => ({
        data: activityPage({
          status,
          can: { requestLeave: false, signIn: false, submitMakeup: false },
          signIn: { state: 'ended', opensAt: march6('14:30'), closesAt: march6('17:00'), message: ended },
        }),
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<ActivityDetailPage />)
    await screen.findByText(/^我的状态/)
    expect(document.body.textContent?.includes(ended)).toBe(told)
  })
})
