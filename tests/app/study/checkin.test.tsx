import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import StudyCheckinPage from '@/pages/study-checkin/index'
import { recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { myMonth, studyEntry, TODAY } from '../helpers/study'

beforeEach(freshLaunch)

const submit = () => fireEvent.click(screen.getByText('记录'))
const checkIns = (cloud: ReturnType<typeof cloudWithActions>) =>
  cloud.calls.filter((c) => c.action === 'study.checkIn').map((c) => c.input)

describe('记录学习 (the check-in form)', () => {
  it('records an item from the reading list with a 心得 for today', async () => {
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth() }),
      'member/study.checkIn': () => ({ data: studyEntry('sc-9', '中国共产党章程') }),
    })
    render(<StudyCheckinPage />)

    fireEvent.click(await screen.findByText('中国共产党章程'))
    expect(screen.getByText('✓ 今天 3月5日')).toBeTruthy()
    await typeInto('写下学习的体会', '重温党章，对照党员义务查找差距。')
    expect(screen.getByText('已写16字，最多1000字')).toBeTruthy()
    submit()

    await waitFor(() => expect(recorded.toasts).toEqual(['已记录']))
    expect(checkIns(cloud)).toEqual([
      { day: TODAY, itemId: 'si-charter', title: null, minutes: null, reflection: '重温党章，对照党员义务查找差距。' },
    ])
    expect(recorded.navigations.map((n) => n.kind)).toEqual(['navigateBack'])
    expect(actionsCalled(cloud)).toEqual(['member/study.month', 'member/study.checkIn'])
  })

  it('records my own words as a late entry (补记) for one of the last 3 days', async () => {
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth() }),
      'member/study.checkIn': () => ({ data: studyEntry('sc-9', '学习强国每日答题', { late: true }) }),
    })
    render(<StudyCheckinPage />)

    expect(await screen.findByText('昨天 3月4日（补记）')).toBeTruthy()
    expect(screen.getByText('前天 3月3日（补记）')).toBeTruthy()
    fireEvent.click(screen.getByText('3月2日（补记）'))
    fireEvent.click(screen.getByText('自己填写'))
    await typeInto('如：学习强国每日答题', '学习强国每日答题')
    submit()

    await waitFor(() => expect(recorded.toasts).toEqual(['已记录']))
    expect(checkIns(cloud)).toEqual([
      { day: '2026-03-02', itemId: null, title: '学习强国每日答题', minutes: null, reflection: '' },
    ])
  })

  it('asks what was studied before sending anything', async () => {
    const cloud = cloudWithActions({ 'member/study.month': () => ({ data: myMonth() }) })
    render(<StudyCheckinPage />)
    await screen.findByText('中国共产党章程')

    submit()
    expect(await screen.findByText('✗ 请从书目中选一项，或选“自己填写”')).toBeTruthy()
    fireEvent.click(screen.getByText('自己填写'))
    submit()
    expect(await screen.findAllByText('✗ 请写下学了什么')).toHaveLength(2)
    expect(checkIns(cloud)).toEqual([])
  })

  it('refuses a day more than 3 days back, saying so in words, and offers the days that are left', async () => {
    let recordable = myMonth().recordableDays
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth({ recordableDays: recordable }) }),
      'member/study.checkIn': () => {
        // Midnight passed while the form was open: 3月2日 is now 4 days back.
        recordable = ['2026-03-06', '2026-03-05', '2026-03-04', '2026-03-03']
        return { error: { code: 'STUDY.TOO_LATE', message: '只能补记最近3天的学习' } }
      },
    })
    render(<StudyCheckinPage />)

    fireEvent.click(await screen.findByText('3月2日（补记）'))
    fireEvent.click(screen.getByText('中国共产党章程'))
    submit()

    // Beside the days, and under the form.
    expect(await screen.findAllByText('✗ 只能补记最近3天的学习')).toHaveLength(2)
    await waitFor(() => expect(screen.queryByText('3月2日（补记）')).toBeNull())
    expect(checkIns(cloud)).toHaveLength(1)
    expect(recorded.toasts).toEqual([])
    expect(recorded.navigations).toEqual([])
  })

  it('says a day from a link is too far back without asking the cloud', async () => {
    setRouterParams({ day: '2026-02-27' })
    const cloud = cloudWithActions({ 'member/study.month': () => ({ data: myMonth() }) })
    render(<StudyCheckinPage />)

    expect(await screen.findByText('✗ 2月27日已经不能补记了：只能补记最近3天的学习')).toBeTruthy()
    expect(screen.getByText('✓ 今天 3月5日')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/study.month'])
  })

  it('shows a failed content check in words beside the 心得', async () => {
    cloudWithActions({
      'member/study.month': () => ({ data: myMonth() }),
      'member/study.checkIn': () => ({
        error: { code: 'CONTENT.RISKY', message: '内容未通过安全检查，请修改后再提交' },
      }),
    })
    setRouterParams({ item: 'si-gov4' })
    render(<StudyCheckinPage />)

    expect(await screen.findByText('✓ 《习近平谈治国理政》第四卷')).toBeTruthy()
    await typeInto('写下学习的体会', '一段没通过检查的话')
    submit()

    expect(await screen.findByText('✗ 内容未通过安全检查，请修改后再提交')).toBeTruthy()
    expect(screen.getByText('✗ 请修改心得中的用词')).toBeTruthy()
  })

  it('corrects one of today’s entries: what and 心得, not the day', async () => {
    setRouterParams({ entry: 'sc-1', day: '2026-03-04' })
    const entry = studyEntry('sc-1', '观看专题片《榜样》', { day: '2026-03-04', late: true, reflection: '很受触动' })
    const cloud = cloudWithActions({
      'member/study.month': () => ({ data: myMonth({ day: '2026-03-04', entries: [entry] }) }),
      'member/study.correct': () => ({ data: { ...entry, corrected: true } }),
    })
    render(<StudyCheckinPage />)

    expect(await screen.findByText('修改学习记录')).toBeTruthy()
    expect(screen.getByText('3月4日（周三）')).toBeTruthy()
    expect(screen.getByText('✓ 自己填写')).toBeTruthy()
    await typeInto('如：学习强国每日答题', '观看专题片《榜样9》')
    fireEvent.click(screen.getByText('保存修改'))

    await waitFor(() => expect(recorded.toasts).toEqual(['已修改']))
    expect(cloud.calls[0].input).toEqual({ month: '2026-03', day: '2026-03-04' })
    expect(cloud.calls.find((c) => c.action === 'study.correct')?.input).toEqual({
      entryId: 'sc-1',
      itemId: null,
      title: '观看专题片《榜样9》',
      minutes: null,
      reflection: '很受触动',
    })
  })

  it('says so when the entry can no longer be corrected', async () => {
    setRouterParams({ entry: 'sc-1', day: '2026-03-04' })
    cloudWithActions({
      'member/study.month': () => ({
        data: myMonth({ day: '2026-03-04', entries: [studyEntry('sc-1', '观看专题片《榜样》', { editable: false })] }),
      }),
    })
    render(<StudyCheckinPage />)

    expect(await screen.findByText('这条记录不能再修改了')).toBeTruthy()
    expect(screen.getByText('学习记录只能在记录的当天修改或撤回。')).toBeTruthy()
  })
})
