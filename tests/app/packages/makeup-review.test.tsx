import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReviewPage from '@/packageSecretary/pages/review/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'
import { chinaMonth } from '@core/dates'
import { monthWords } from '@/fold/MonthFold'
import { appNow } from '@/services/clock'

beforeEach(freshLaunch)

const queue = {
  groups: [
    {
      activity: { id: 'act-1', title: '3月党员集中活动日', type: 'activityDay' as const, startAt: march6('15:00') },
      submitted: [
        {
          memberId: 'm-2',
          name: '王秀英',
          reflection: '学习党章，明确义务。',
          submittedAt: march6('18:00'),
          flagged: false,
          reviews: [],
        },
      ],
      owing: [
        { memberId: 'm-7', name: '李德明', status: 'due' as const, bound: false },
        { memberId: 'm-3', name: '张建国', status: 'returned' as const, bound: true },
      ],
      offlineDays: { start: '2026-03-06', end: '2026-03-10' },
      figures: { assigned: 3, due: 1, submitted: 1, returned: 1, done: 0 },
    },
  ],
}

describe('补学审核', () => {
  it('confirms a 心得, and returns one only with a comment', async () => {
    const cloud = cloudWithActions({
      'secretary/makeup.queue': () => ({ data: queue }),
      // The queue as it then stands; the test returns it unchanged so that 退回 can follow.
      'secretary/makeup.review': () => ({ data: queue }),
    })
    render(<ReviewPage />)

    expect(await screen.findByText('学习党章，明确义务。')).toBeTruthy()
    expect(screen.getByText('党员集中活动日 · 补学3项：已完成0，待审1，退回1，未交1')).toBeTruthy()
    fireEvent.click(screen.getByText('确认完成'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/makeup.review'))
    expect(cloud.calls.find((c) => c.action === 'makeup.review')?.input).toEqual({
      activityId: 'act-1',
      memberId: 'm-2',
      decision: 'confirm',
    })
    // One call: the answer is the queue, shown without asking for it again.
    expect(actionsCalled(cloud)).toEqual(['secretary/makeup.queue', 'secretary/makeup.review'])

    // The card's buttons come back once the answer is shown.
    await waitFor(() => expect(screen.getByText('退回').closest('.ui-button--disabled')).toBeNull())
    fireEvent.click(screen.getByText('退回'))
    expect(await screen.findByText('退回王秀英的心得')).toBeTruthy()
    fireEvent.click(screen.getAllByText('退回').slice(-1)[0])
    expect(await screen.findByText('✗ 请填写意见')).toBeTruthy()
    await typeInto('如：请结合本职工作谈谈体会', '请结合本职工作谈体会')
    fireEvent.click(screen.getAllByText('退回').slice(-1)[0])
    await waitFor(() =>
      expect(cloud.calls.filter((c) => c.action === 'makeup.review').map((c) => c.input)).toContainEqual({
        activityId: 'act-1',
        memberId: 'm-2',
        decision: 'return',
        comment: '请结合本职工作谈体会',
      }),
    )
  })
})

describe('登记线下补学', () => {
  it('lists who still owes 补学, marks the unbound, and records one done in person from a sheet in one call', async () => {
    const after = {
      groups: [
        {
          ...queue.groups[0],
          owing: queue.groups[0].owing.slice(1),
          figures: { assigned: 3, due: 0, submitted: 1, returned: 1, done: 1 },
        },
      ],
    }
    const cloud = cloudWithActions({
      'secretary/makeup.queue': () => ({ data: queue }),
      'secretary/makeup.recordOffline': () => ({ data: after }),
    })
    render(<ReviewPage />)

    expect(await screen.findByText('待补学（2人）')).toBeTruthy()
    expect(screen.getByText('李德明')).toBeTruthy()
    expect(screen.getAllByText('未绑定')).toHaveLength(1)
    expect(screen.getByText('补学退回')).toBeTruthy()
    fireEvent.click(screen.getAllByText('登记线下补学')[0])
    expect(await screen.findByText('登记李德明的线下补学')).toBeTruthy()
    // The day offered first is today (the last one that may be named).
    expect(screen.getByText('2026年3月10日')).toBeTruthy()
    fireEvent.click(screen.getByText('登记'))
    expect(await screen.findByText(/请写明在哪里、怎样补学的/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/makeup.queue'])

    await typeInto('如：在支部活动室学习了会议记录，交了纸质心得', '在支部活动室学习了会议记录，交了纸质心得')
    fireEvent.click(screen.getByText('登记'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/makeup.recordOffline'))
    expect(cloud.calls.find((c) => c.action === 'makeup.recordOffline')?.input).toEqual({
      activityId: 'act-1',
      memberId: 'm-7',
      on: '2026-03-10',
      note: '在支部活动室学习了会议记录，交了纸质心得',
    })
    // The answer is the page: 李德明 is no longer owing, the sheet is put away, nothing asked again.
    await waitFor(() => expect(screen.queryByText('李德明')).toBeNull())
    expect(screen.getByText('待补学（1人）')).toBeTruthy()
    expect(screen.getByText('党员集中活动日 · 补学3项：已完成1，待审1，退回1，未交0')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/makeup.queue', 'secretary/makeup.recordOffline'])
  })
})

describe('补学审核 folded by month', () => {
  it('puts the activities with 心得 waiting first and open, and folds the rest by month, opened with no call', async () => {
    const now = appNow()
    // The 10th of a month two months back, so that the two activities of that day share a month on any day.
    const earlier = Date.parse(`${chinaMonth(now - 62 * 24 * 3600_000)}-10T15:00:00+08:00`)
    const owingOnly = (id: string, title: string, startAt: number, names: string[]) => ({
      ...queue.groups[0],
      activity: { id, title, type: 'activityDay' as const, startAt },
      submitted: [],
      owing: names.map((name, i) => ({ memberId: `${id}-${i}`, name, status: 'due' as const, bound: true })),
      figures: { assigned: names.length + 1, due: names.length, submitted: 0, returned: 0, done: 1 },
    })
    const cloud = cloudWithActions({
      'secretary/makeup.queue': () => ({
        data: {
          groups: [
            owingOnly('act-now', '本月主题党日', now, ['赵春生']),
            owingOnly('act-old-1', '早先的党课', earlier, ['钱立群', '孙桂兰']),
            owingOnly('act-old-2', '早先的集中学习', earlier - 3600_000, ['周文华']),
            // The oldest, but with a 心得 waiting: on top, open.
            queue.groups[0],
          ],
        },
      }),
    })
    render(<ReviewPage />)

    expect(await screen.findByText('学习党章，明确义务。')).toBeTruthy()
    const titles = () =>
      Array.from(document.querySelectorAll('.ui-section__title, .month-fold__title'), (e) => e.textContent)
    const month = (at: number) => monthWords(chinaMonth(at), chinaMonth(now))
    expect(titles()[0]).toMatch(/^3月党员集中活动日/)
    // This month open, its figures kept as they are.
    expect(screen.getByText('赵春生')).toBeTruthy()
    expect(screen.getByText('1次活动，待补学1人')).toBeTruthy()
    // An earlier month folded under its figures: its rows not drawn.
    expect(screen.getByText(month(earlier))).toBeTruthy()
    expect(screen.getByText('2次活动，待补学3人')).toBeTruthy()
    expect(screen.queryByText('钱立群')).toBeNull()
    const heads = document.querySelectorAll('.month-fold__head')
    expect(Array.from(heads, (h) => h.getAttribute('aria-expanded'))).toEqual(['true', 'false'])
    fireEvent.click(heads[1])
    expect(screen.getByText('钱立群')).toBeTruthy()
    expect(screen.getByText('周文华')).toBeTruthy()
    expect(screen.getByText('党员集中活动日 · 补学3项：已完成1，待审0，退回0，未交2')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/makeup.queue'])
  })
})
