import { fireEvent, render, screen } from '@testing-library/react'
import { recorded } from '../setup/taro'
import ActivitiesPage from '@/pages/activities/index'
import { cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'
import { listItem } from '../helpers/activity'

beforeEach(freshLaunch)

describe('活动', () => {
  it('lists upcoming activities, and my past ones with how I took part and my 补学 (one done in person, with its day)', async () => {
    const cloud = cloudWithActions({
      'member/activity.list': (input) =>
        (input as { scope: string }).scope === 'past'
          ? {
              data: {
                items: [
                  {
                    ...listItem({ status: 'absent', makeup: 'returned' }),
                    id: 'act-0',
                    title: '2月固定学习日',
                    type: 'studyDay',
                  },
                  {
                    ...listItem({ status: 'absent', makeup: 'done', makeupOffline: '2026-02-10' }),
                    id: 'act-00',
                    title: '1月党员集中活动日',
                  },
                ],
                nextCursor: null,
              },
            }
          : { data: { items: [listItem()], nextCursor: null } },
    })
    render(<ActivitiesPage />)

    expect(await screen.findByText('3月党员集中活动日')).toBeTruthy()
    fireEvent.click(screen.getByText('查看详情 ›'))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/activity/index?id=act-1' }])

    fireEvent.click(screen.getByText('已结束（我的参加记录）'))
    expect(await screen.findByText('2月固定学习日')).toBeTruthy()
    expect(screen.getByText('我的状态：✗ 缺席 · 补学退回')).toBeTruthy()
    // A 补学 done in person reads as on every screen: 线下补学（书记登记） and its day.
    const offline = screen.getByText('我的状态：✗ 缺席 · 线下补学（书记登记） 2月10日')
    // Nothing left for the member to do: not in red, which asks them to act; a returned 心得 does.
    expect(offline.className).toContain('status-chip--neutral')
    expect(screen.getByText('我的状态：✗ 缺席 · 补学退回').className).toContain('status-chip--danger')
    expect(cloud.calls.map((c) => c.input)).toEqual([
      { scope: 'upcoming', limit: 20 },
      { scope: 'past', limit: 20 },
    ])
  })

  it('says what will appear when nothing is planned', async () => {
    cloudWithActions({ 'member/activity.list': () => ({ data: { items: [], nextCursor: null } }) })
    render(<ActivitiesPage />)
    expect(await screen.findByText('暂无活动安排')).toBeTruthy()
  })
})
