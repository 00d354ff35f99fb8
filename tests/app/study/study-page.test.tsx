import type { MyStudyMonth } from '@core/contract/study'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import StudyPage from '@/pages/study/index'
import { answerModals, pageEvents, recorded } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'
import { phoneClockAt } from '../setup/clock'
import { myMonth, studyEntry, TODAY } from '../helpers/study'

beforeEach(() => {
  freshLaunch()
  // The fixtures are March 2026: the phone is on that day, so dates read without a year in front.
  phoneClockAt(`${TODAY}T09:00:00+08:00`)
})
afterEach(() => phoneClockAt(null))

const dayCell = (date: string): HTMLElement => {
  const cell = [...document.querySelectorAll<HTMLElement>('.study-cal__day')].find(
    (el) => el.querySelector('.study-cal__date')?.textContent === date,
  )
  if (!cell) throw new Error(`no calendar day ${date}`)
  return cell
}
const entryCard = async (title: string): Promise<HTMLElement> =>
  (await screen.findByText(title, { selector: '.study-entry__title' })).closest('.study-entry') as HTMLElement

describe('学习 (my study)', () => {
  it('marks studied days in words, says which day is today, and draws the screen from one call', async () => {
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth({ studyDays: ['2026-03-02', '2026-03-04', TODAY] }) }),
    })
    render(<StudyPage />)

    expect(await screen.findByText('2026年3月')).toBeTruthy()
    expect(within(dayCell('2')).getByText('✓已学')).toBeTruthy()
    expect(within(dayCell('4')).getByText('✓已学')).toBeTruthy()
    const today = document.querySelector('.study-cal__day--today') as HTMLElement
    expect(within(today).getByText('今天')).toBeTruthy()
    expect(within(today).getByText('✓已学')).toBeTruthy()
    expect(dayCell('3').textContent).toBe('3')
    expect(document.querySelectorAll('.study-cal__day')).toHaveLength(31)
    expect(screen.getAllByText('✓已学')).toHaveLength(3)
    expect(screen.getByText('3月5日（周四）的学习')).toBeTruthy()
    expect(screen.getByText('这一天没有学习记录')).toBeTruthy()
    // One call draws the whole screen, 补学 included.
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['member/study.month']))
    expect(cloud.calls[0].input).toEqual({})
  })

  it('shows the reading list with what I finished, and never a total or a comparison', async () => {
    cloudWithActions({
      'member/study.month': () => ({
        data: myMonth({
          entries: [studyEntry('sc-1', '中国共产党章程', { kind: 'regulation', minutes: 30, reflection: '重温党章' })],
        }),
      }),
    })
    render(<StudyPage />)

    const listed = (await screen.findByText('中国共产党章程', { selector: '.reading-item__title' })).closest(
      '.reading-item',
    ) as HTMLElement
    expect(within(listed).getByText('✓ 已学完')).toBeTruthy()
    const gov = screen.getByText('《习近平谈治国理政》第四卷').closest('.reading-item') as HTMLElement
    expect(within(gov).getByText('书籍 · 2026年第一季度（本期）')).toBeTruthy()
    expect(within(gov).getByText('○ 还没有学习记录')).toBeTruthy()
    expect(within(await entryCard('中国共产党章程')).getByText('党章党规 · 学习30分钟')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/排名|合计|总计|最多|超过|第\d+名/)
  })

  it('shows a tapped day’s entries from study.day', async () => {
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth() }),
      'member/study.day': () => ({
        data: {
          day: '2026-03-04',
          entries: [studyEntry('sc-2', '学习强国每日答题', { day: '2026-03-04', editable: false })],
        },
      }),
    })
    render(<StudyPage />)

    fireEvent.click(await screen.findByText('4'))

    const card = await entryCard('学习强国每日答题')
    expect(screen.getByText('3月4日（周三）的学习')).toBeTruthy()
    expect(within(card).queryByText('撤回')).toBeNull()
    expect(cloud.calls.find((c) => c.action === 'study.day')?.input).toEqual({ day: '2026-03-04' })
    expect(dayCell('4').className).toContain('study-cal__day--selected')
  })

  it('withdraws one of today’s entries after asking, and it leaves the day', async () => {
    let withdrawn = false
    const month = (): MyStudyMonth =>
      myMonth({
        studyDays: ['2026-03-02', TODAY],
        entries: [
          ...(withdrawn ? [] : [studyEntry('sc-1', '观看专题片《榜样》')]),
          studyEntry('sc-2', '中国共产党章程', { itemId: 'si-charter', kind: 'regulation' }),
        ],
      })
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: month() }),
      'member/study.withdraw': () => {
        withdrawn = true
        return { data: month() }
      },
    })
    render(<StudyPage />)
    answerModals(true)

    fireEvent.click(within(await entryCard('观看专题片《榜样》')).getByText('撤回'))

    await waitFor(() => expect(screen.queryByText('观看专题片《榜样》')).toBeNull())
    expect(recorded.modals).toEqual(['撤回这条记录'])
    expect(recorded.toasts).toEqual(['已撤回'])
    expect(cloud.calls.find((c) => c.action === 'study.withdraw')?.input).toEqual({ entryId: 'sc-1' })
    expect(cloud.calls.filter((c) => c.action === 'study.month')).toHaveLength(1)
    expect(await entryCard('中国共产党章程')).toBeTruthy()
  })

  it('says in words when an entry can no longer be withdrawn', async () => {
    cloudWithActions({
      'member/study.month': () => ({ data: myMonth({ entries: [studyEntry('sc-1', '观看专题片《榜样》')] }) }),
      'member/study.withdraw': () => ({
        error: { code: 'STUDY.EDIT_CLOSED', message: '学习记录只能在记录的当天修改或撤回' },
      }),
    })
    render(<StudyPage />)

    fireEvent.click(within(await entryCard('观看专题片《榜样》')).getByText('撤回'))

    expect(await screen.findByText('✗ 学习记录只能在记录的当天修改或撤回')).toBeTruthy()
  })

  it('opens the form for today, for a recordable day, for an item, and to correct an entry', async () => {
    cloudWithActions({
      'member/study.month': () => ({ data: myMonth({ entries: [studyEntry('sc-1', '观看专题片《榜样》')] }) }),
      'member/study.day': () => ({ data: { day: '2026-03-03', entries: [] } }),
    })
    render(<StudyPage />)

    fireEvent.click(await screen.findByText('记录学习'))
    fireEvent.click(within(await entryCard('观看专题片《榜样》')).getByText('修改'))
    const gov = screen.getByText('《习近平谈治国理政》第四卷').closest('.reading-item') as HTMLElement
    fireEvent.click(within(gov).getByText('学习打卡'))
    fireEvent.click(screen.getByText('3'))
    fireEvent.click(await screen.findByText('补记这一天的学习'))

    expect(recorded.navigations.map((n) => n.url)).toEqual([
      '/pages/study-checkin/index',
      '/pages/study-checkin/index?entry=sc-1&day=2026-03-05',
      '/pages/study-checkin/index?item=si-gov4',
      '/pages/study-checkin/index?day=2026-03-03',
    ])
  })

  it('goes back a month, and forward again only up to this month', async () => {
    const cloud = cloudWithActions({
      'member/study.month': (input) => {
        const month = (input as { month?: string }).month
        return {
          data: month === '2026-02' ? myMonth({ month, day: null, entries: [], studyDays: ['2026-02-27'] }) : myMonth(),
        }
      },
    })
    render(<StudyPage />)
    await screen.findByText('2026年3月')
    expect(screen.queryByText('下个月 ›')).toBeNull()

    fireEvent.click(screen.getByText('‹ 上个月'))

    expect(await screen.findByText('2026年2月')).toBeTruthy()
    expect(document.querySelectorAll('.study-cal__day')).toHaveLength(28)
    expect(within(dayCell('27')).getByText('✓已学')).toBeTruthy()
    expect(screen.getByText('点日历上的日子，查看那一天的学习记录。')).toBeTruthy()
    expect(cloud.calls.filter((c) => c.action === 'study.month').map((c) => c.input)).toEqual([
      {},
      { month: '2026-02' },
    ])
    fireEvent.click(screen.getByText('下个月 ›'))
    expect(await screen.findByText('2026年3月')).toBeTruthy()
  })

  it('links each open 补学 task to its page', async () => {
    cloudWithActions({
      'member/study.month': () => ({
        data: myMonth({
          makeup: [
            {
              activityId: 'act-1',
              title: '3月固定学习日',
              type: 'studyDay',
              startAt: Date.parse('2026-03-06T15:00:00+08:00'),
              cause: 'absent',
              status: 'returned',
              submittedAt: null,
              lastComment: '请结合工作再写写',
            },
          ],
        }),
      }),
    })
    render(<StudyPage />)

    fireEvent.click(await screen.findByText('3月固定学习日 · 3月6日（周五）'))

    expect(screen.getByText('补学退回 ›')).toBeTruthy()
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageMember/pages/makeup/index?a=act-1' }])
  })

  it('reloads when shown again, keeping the day I chose', async () => {
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth() }),
      'member/study.day': () => ({ data: { day: '2026-03-04', entries: [] } }),
    })
    render(<StudyPage />)
    fireEvent.click(await screen.findByText('4'))
    await screen.findByText('3月4日（周三）的学习')

    pageEvents.comeBack()

    await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'study.month')).toHaveLength(2))
    expect(cloud.calls.filter((c) => c.action === 'study.month')[1].input).toEqual({
      month: '2026-03',
      day: '2026-03-04',
    })
  })
})
