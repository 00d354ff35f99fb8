import { fireEvent, render, screen, within } from '@testing-library/react'
import { phoneClockAt } from '../setup/clock'
import { recorded, setRouterParams } from '../setup/taro'
import MakeupPage from '@/packageMember/pages/makeup/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { activityPage, makeupItem, makeupView, march6 } from '../helpers/activity'

beforeEach(freshLaunch)
// The tasks are from early 2026 and the phone agrees, so their days read without a year.
beforeEach(() => phoneClockAt('2026-03-04T09:00:00+08:00'))
afterEach(() => phoneClockAt(null))

const steps = () =>
  within(screen.getByRole('list', { name: '补学办理进度' }))
    .getAllByRole('listitem')
    .map((step) => step.textContent)

const REFLECTION = '学习党章第一章，明确了党员的条件、义务和权利。'

describe('补学', () => {
  it('shows the materials, refuses a too-short 心得 in words, and submits a real one', async () => {
    let task = makeupView()
    const cloud = cloudWithActions({
      'member/activity.get': () => ({ data: activityPage({ status: 'onLeave', makeup: task.status }, task) }),
      'member/makeup.submit': () => {
        task = makeupView({ status: 'submitted', reflection: REFLECTION, submittedAt: march6('18:00') })
        return { data: task }
      },
    })
    setRouterParams({ a: 'act-1' })
    render(<MakeupPage />)

    expect(await screen.findByText('补学：3月党员集中活动日')).toBeTruthy()
    expect(screen.getByText(/您请假没有参加这次活动/)).toBeTruthy()
    expect(steps()).toEqual(['●待补学学习材料，写心得提交', '○补学待审', '○已补学'])
    fireEvent.click(screen.getByText('党章第一章'))
    expect(screen.getByText('第一条 年满十八岁的……')).toBeTruthy()

    await typeInto('写下您的学习心得', '很好')
    fireEvent.click(screen.getByText('提交心得'))
    expect(await screen.findByText('✗ 心得至少要10个字')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/activity.get'])

    await typeInto('写下您的学习心得', REFLECTION)
    fireEvent.click(screen.getByText('提交心得'))
    expect(await screen.findByText('心得已提交，等待书记审核。审核前还可以修改后重新提交。')).toBeTruthy()
    expect(steps()).toEqual(['✓已提交心得3月6日 18:00', '●补学待审等待书记审核', '○已补学'])
    expect(cloud.calls[1].input).toEqual({ activityId: 'act-1', reflection: REFLECTION })
    // One call: the answer is the task as it now stands.
    expect(actionsCalled(cloud)).toEqual(['member/activity.get', 'member/makeup.submit'])
  })

  it('shows the secretary’s comment on a returned 心得 and offers 重新提交', async () => {
    const task = makeupView({
      status: 'returned',
      reflection: '学习了。学习了。学习了。',
      submittedAt: march6('18:00'),
      reviews: [{ at: march6('19:00'), byName: '李书记', decision: 'return', comment: '请结合本职工作谈体会' }],
    })
    cloudWithActions({ 'member/activity.get': () => ({ data: activityPage({ status: 'absent' }, task) }) })
    setRouterParams({ a: 'act-1' })
    render(<MakeupPage />)

    expect(await screen.findByText('请结合本职工作谈体会')).toBeTruthy()
    expect(screen.getByText('↩ 退回 · 李书记 · 2026年3月6日 19:00')).toBeTruthy()
    expect(screen.getByText('重新提交')).toBeTruthy()
    expect(steps()).toEqual(['✓已提交心得3月6日 18:00', '✗补学退回3月6日 19:00李书记退回', '●修改后重新提交'])
  })

  it('shows a confirmed 补学 as done, with the day and time the secretary confirmed it', async () => {
    const task = makeupView({
      status: 'done',
      canSubmit: false,
      reflection: REFLECTION,
      submittedAt: march6('20:00'),
      reviews: [
        { at: march6('19:00'), byName: '李书记', decision: 'return', comment: '请结合本职工作谈体会' },
        { at: Date.parse('2026-03-07T08:05:00+08:00'), byName: '李书记', decision: 'confirm', comment: '' },
      ],
    })
    cloudWithActions({ 'member/activity.get': () => ({ data: activityPage({ status: 'absent' }, task) }) })
    setRouterParams({ a: 'act-1' })
    render(<MakeupPage />)

    expect(await screen.findByText('书记已确认，这次补学已完成。')).toBeTruthy()
    expect(steps()).toEqual(['✓已提交心得3月6日 20:00', '✓已补学3月7日 08:05李书记确认'])
  })

  it('shows a 补学 done in person as done: 线下补学（书记登记）, the day, who recorded it and how', async () => {
    const note = '在支部活动室学习了会议记录，交了纸质心得'
    const task = makeupView({
      status: 'done',
      canSubmit: false,
      offline: { on: '2026-03-09', note, byName: '李书记' },
    })
    cloudWithActions({ 'member/activity.get': () => ({ data: activityPage({ status: 'absent' }, task) }) })
    setRouterParams({ a: 'act-1' })
    render(<MakeupPage />)

    expect(await screen.findByText('您已于3月9日当面完成补学，由李书记登记为线下补学（书记登记）。')).toBeTruthy()
    expect(steps()).toEqual(['✓已补学：线下补学（书记登记）3月9日李书记登记'])
    expect(screen.getByText(`补学情况：${note}`)).toBeTruthy()
    // No 心得 was written in the app, and none is asked for.
    expect(screen.queryByText('我的心得')).toBeNull()
    expect(screen.queryByText('提交心得')).toBeNull()
  })

  it('opened from 首页 without a task, lists what is still to do and what was done lately', async () => {
    const cloud = cloudWithActions({
      'member/makeup.mine': () => ({
        data: {
          open: [makeupItem({ activityId: 'act-2', status: 'returned' }), makeupItem({ activityId: 'act-3' })],
          done: [
            makeupItem({ activityId: 'act-1', title: '1月党员集中活动日', status: 'done' }),
            makeupItem({ activityId: 'act-0', title: '12月主题党日', status: 'done', offlineOn: '2026-02-10' }),
          ],
        },
      }),
    })
    setRouterParams({})
    render(<MakeupPage />)

    expect(await screen.findByText('待完成（2项）')).toBeTruthy()
    expect(screen.getByText('最近完成')).toBeTruthy()
    expect(screen.getByText('1月党员集中活动日 · 2月6日（周五）')).toBeTruthy()
    expect(screen.getByText('线下补学（书记登记） 2月10日 ›')).toBeTruthy()
    fireEvent.click(screen.getAllByText('2月固定学习日 · 2月6日（周五）')[0])
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageMember/pages/makeup/index?a=act-2' }])
    expect(actionsCalled(cloud)).toEqual(['member/makeup.mine'])
  })

  it('says so when there has never been a 补学', async () => {
    cloudWithActions({ 'member/makeup.mine': () => ({ data: { open: [], done: [] } }) })
    setRouterParams({})
    render(<MakeupPage />)
    expect(await screen.findByText('您没有补学任务')).toBeTruthy()
  })

  it('says plainly when there is no task', async () => {
    cloudWithActions({ 'member/activity.get': () => ({ data: activityPage({ status: 'present' }) }) })
    setRouterParams({ a: 'act-1' })
    render(<MakeupPage />)
    expect(await screen.findByText('这次活动没有您的补学任务')).toBeTruthy()
  })
})
