import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ScheduleOverview } from '@core/contract/activity-views'
import type { ActivityForm } from '@core/contract/activity-officer-views'
import { recorded } from '../setup/taro'
import SchedulePage from '@/packageSecretary/pages/schedule/index'
import PublishPage from '@/packageSecretary/pages/publish/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'

beforeEach(freshLaunch)

/** Chooses a day on the date picker whose face matches `face`, as the phone's wheel would. */
async function pickDay(face: string | RegExp, value: string) {
  const el = (await screen.findByText(face)).closest('taro-picker-core')
  if (!el) throw new Error(`no picker showing ${String(face)}`)
  act(() => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value } }))
  })
}

const overview: ScheduleOverview = {
  branch: { id: 'b-1', name: '第一党支部' },
  schedules: {
    studyDay: null,
    activityDay: {
      id: 's-1',
      kind: 'activityDay',
      recurrence: { kind: 'nthWeekday', n: 1, weekday: 5 },
      recurrenceText: '每月第一个星期五',
      startTime: '15:00',
      endTime: '17:00',
      place: '党员活动室',
      geofence: null,
      active: true,
      updatedAt: 0,
    },
  },
  month: '2026-03',
  activities: [
    {
      id: 'act-1',
      type: 'activityDay',
      title: '3月党员集中活动日',
      status: 'planned',
      startAt: march6('15:00'),
      endAt: march6('17:00'),
      place: '党员活动室',
      scheduleId: 's-1',
      edited: false,
      dayOff: null,
    },
  ],
  daysOff: { from: '2026-03-01', to: '2026-03-31', days: { '2026-03-07': '周末', '2026-03-08': '周末' } },
}

describe('活动安排', () => {
  it('shows both rules and the month, and saves a rule as chosen', async () => {
    const cloud = cloudWithActions({
      'secretary/schedule.get': () => ({ data: overview }),
      'secretary/schedule.set': () => ({ data: overview }),
    })
    render(<SchedulePage />)

    expect(await screen.findByText('每月第一个星期五 15:00–17:00')).toBeTruthy()
    expect(screen.getByText('还没有设置每月固定的日子')).toBeTruthy()
    expect(screen.getByText('按每月规则生成')).toBeTruthy()

    fireEvent.click(screen.getByText('设置规则'))
    fireEvent.click(await screen.findByText('固定几号'))
    await typeInto('如：机关三楼党员活动室', '三楼会议室')
    fireEvent.click(screen.getByText('保存规则'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/schedule.set'))
    // One tap, one call: the answer is the page, taken in place.
    await waitFor(() => expect(screen.queryByText('保存规则')).toBeNull())
    expect(actionsCalled(cloud)).toEqual(['secretary/schedule.get', 'secretary/schedule.set'])
    expect(cloud.calls.find((c) => c.action === 'schedule.set')?.input).toEqual({
      kind: 'studyDay',
      recurrence: { kind: 'monthDay', day: 10 },
      startTime: '15:00',
      endTime: '17:00',
      place: '三楼会议室',
      geofence: null,
      active: true,
    })
  })

  it('says when a rule’s day falls on a holiday or a weekend, so the secretary can move it', async () => {
    const holiday = { ...overview, activities: [{ ...overview.activities[0]!, dayOff: '国庆节假期' }] }
    cloudWithActions({ 'secretary/schedule.get': () => ({ data: holiday }) })
    render(<SchedulePage />)
    expect(await screen.findByText('这一天是国庆节假期，不是工作日：可点“调整时间”改到工作日')).toBeTruthy()
  })

  it('moves one instance with a reason in one call whose answer is the month as it now stands', async () => {
    const after = { ...overview, activities: [{ ...overview.activities[0]!, place: '五楼会议室', edited: true }] }
    const cloud = cloudWithActions({
      'secretary/schedule.get': () => ({ data: overview }),
      'secretary/schedule.move': () => ({ data: after }),
    })
    render(<SchedulePage />)
    fireEvent.click(await screen.findByText('调整时间'))
    await typeInto('如：逢国庆假期，顺延一周', '与全局大会冲突')
    fireEvent.click(screen.getByText('确认调整'))
    expect(await screen.findByText('✗ 日期、时间和地点都没有改动')).toBeTruthy()
    await typeInto('活动地点', '五楼会议室')
    const before = cloud.calls.length
    fireEvent.click(screen.getByText('确认调整'))
    expect(await screen.findByText('按每月规则生成，本次已单独调整')).toBeTruthy()
    expect(cloud.calls.slice(before).map((c) => c.action)).toEqual(['schedule.move'])
    expect(cloud.calls.find((c) => c.action === 'schedule.move')?.input).toEqual({
      activityId: 'act-1',
      changes: { place: '五楼会议室' },
      reason: '与全局大会冲突',
      month: '2026-03',
    })
    expect(screen.queryByText('确认调整')).toBeNull()
  })

  it('says the day in words with its weekday, warns as a weekend is picked — and moves it all the same', async () => {
    const cloud = cloudWithActions({
      'secretary/schedule.get': () => ({ data: overview }),
      'secretary/schedule.move': () => ({ data: overview }),
    })
    render(<SchedulePage />)
    fireEvent.click(await screen.findByText('调整时间'))
    await pickDay('2026年3月6日（周五）', '2026-03-07')
    expect(await screen.findByText('2026年3月7日（周六）')).toBeTruthy()
    expect(screen.queryByText('2026-03-07')).toBeNull()
    expect(await screen.findByText('这一天是周末，不是工作日。确需这一天开展的，仍可确认调整。')).toBeTruthy()
    fireEvent.click(screen.getByText('确认调整'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/schedule.move'))
    expect(cloud.calls.find((c) => c.action === 'schedule.move')?.input).toMatchObject({
      changes: { date: '2026-03-07' },
    })
  })
})

const form: ActivityForm = {
  branch: { id: 'b-1', name: '第一党支部' },
  activity: null,
  groups: [{ id: 'g-1', name: '第一党小组' }],
  members: [
    { id: 'm-1', name: '张三', role: 'member', duty: null, groupId: 'g-1' },
    { id: 'm-2', name: '李四', role: 'committee', duty: '组织委员', groupId: null },
  ],
  // As the server's daysOffAround gives them (2026-10-10 is a 调休 Saturday: a working day).
  daysOff: {
    from: '2026-09-01',
    to: '2026-10-31',
    days: { '2026-10-01': '国庆节假期', '2026-10-03': '国庆节假期', '2026-10-11': '周末' },
  },
}

describe('发布活动', () => {
  it('publishes a one-off for named members, and shows a failed content check in words', async () => {
    let risky = true
    const cloud = cloudWithActions({
      'secretary/activity.form': () => ({ data: form }),
      'secretary/activity.create': () =>
        risky ? { error: { code: 'CONTENT.RISKY', message: '内容未通过安全检查，请修改后再提交' } } : { data: {} },
    })
    render(<PublishPage />)

    fireEvent.click(await screen.findByText('党课'))
    await typeInto('如：学习贯彻党的二十届四中全会精神', '专题党课')
    await typeInto('如：机关三楼党员活动室', '报告厅')
    fireEvent.click(screen.getByText('指定党员'))
    fireEvent.click(screen.getByText('李四'))
    fireEvent.click(screen.getByText('发布'))
    expect(await screen.findByText('✗ 内容未通过安全检查，请修改后再提交')).toBeTruthy()

    risky = false
    fireEvent.click(screen.getByText('发布'))
    await waitFor(() => expect(recorded.navigations.length).toBe(1))
    expect(cloud.calls.filter((c) => c.action === 'activity.create')[1].input).toMatchObject({
      type: 'partyLecture',
      title: '专题党课',
      place: '报告厅',
      expected: { kind: 'members', memberIds: ['m-2'] },
      publish: true,
    })
    expect(recorded.navigations[0].url).toMatch(/^\/packageSecretary\/pages\/schedule\/index\?month=\d{4}-\d{2}$/)
  })

  it('warns as the day is picked when it is a holiday or a weekend, not on a 调休 working Saturday, and publishes all the same', async () => {
    const cloud = cloudWithActions({
      'secretary/activity.form': () => ({ data: form }),
      'secretary/activity.create': () => ({ data: {} }),
    })
    render(<PublishPage />)
    const warning = '这一天是国庆节假期，不是工作日。确需这一天开展的，仍可照常发布。'
    await pickDay(/^\d{4}年\d+月\d+日（/, '2026-10-01')
    expect(await screen.findByText(warning)).toBeTruthy()
    await pickDay('2026年10月1日（周四）', '2026-10-10')
    await screen.findByText('2026年10月10日（周六）')
    expect(screen.queryByText(/不是工作日/)).toBeNull()
    await pickDay('2026年10月10日（周六）', '2026-10-11')
    expect(await screen.findByText('这一天是周末，不是工作日。确需这一天开展的，仍可照常发布。')).toBeTruthy()
    await pickDay('2026年10月11日（周日）', '2026-10-01')
    await typeInto('如：机关三楼党员活动室', '党员活动室')
    fireEvent.click(screen.getByText('发布'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/activity.create'))
    expect(cloud.calls.find((c) => c.action === 'activity.create')?.input).toMatchObject({ date: '2026-10-01' })
    await waitFor(() => expect(recorded.navigations.length).toBe(1))
  })
})
