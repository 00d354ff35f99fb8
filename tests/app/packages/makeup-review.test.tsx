import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReviewPage from '@/packageSecretary/pages/review/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'

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
      totalCount: 3,
      dueCount: 2,
      doneCount: 0,
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
    expect(screen.getByText('党员集中活动日 · 补学共3人：已完成0人，待审1人，未交2人')).toBeTruthy()
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
