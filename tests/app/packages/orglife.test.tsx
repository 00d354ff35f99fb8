import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { MyRectifyItems, OrglifeCounts, OrglifePage, RectifyItemView } from '@core/contract/orglife'
import { setRouterParams } from '../setup/taro'
import OrglifeScreen from '@/packageSecretary/pages/orglife/index'
import OrglifeCountsPage from '@/packageAdmin/pages/orglife/index'
import MyRectifyPage from '@/packageMember/pages/orglife/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const item = (extra: Partial<RectifyItemView> = {}): RectifyItemView => ({
  id: 'r-1',
  activityId: 'act-life',
  meeting: '2025年度组织生活会（2026年1月15日）',
  text: '理论学习不够系统',
  ownerId: 'm-2',
  ownerName: '李秀英',
  dueOn: '2026-03-31',
  dueWords: '2026年3月31日前完成（已逾期3天）',
  state: 'inProgress',
  stateLabel: '整改中',
  overdue: true,
  note: '',
  closedAt: null,
  closedByName: '',
  open: true,
  ...extra,
})

const page = (extra: Partial<OrglifePage> = {}): OrglifePage => ({
  activity: {
    id: 'act-life',
    title: '2026年度组织生活会',
    branchId: 'org-b1',
    branchName: '机关第一党支部',
    date: '2026-04-20',
    when: '2026年4月20日 09:00',
    statusLabel: '已发布',
    year: 2026,
  },
  meetings: [{ id: 'act-life', label: '2026年度组织生活会（2026年4月20日）' }],
  today: '2026-04-03',
  source: '《中国共产党支部工作条例（试行）》第十九条',
  checklist: [
    { key: 'talks', label: '会前谈心谈话', done: false, words: '已谈12人，未谈4人（自1月20日以来）', tickable: false },
    { key: 'opinions', label: '征求意见', done: false, words: '尚未征求意见', tickable: true },
    { key: 'notice', label: '提前10天通知', done: true, words: '提前17天发布通知', tickable: false },
    { key: 'materials', label: '对照检查材料', done: false, words: '对照检查材料尚未准备', tickable: true },
  ],
  opinions: { done: false, date: null, note: '' },
  people: [
    { id: 'm-1', name: '张书记' },
    { id: 'm-2', name: '李秀英' },
  ],
  items: [],
  figures: { total: 0, open: 0, overdue: 0, done: 0, withdrawn: 0 },
  ...extra,
})

describe('组织生活会 (书记)', () => {
  it('shows the checklist in words in one call, with an empty 整改清单 said plainly', async () => {
    setRouterParams({ id: 'act-life' })
    const cloud = cloudWithActions({ 'secretary/orglife.page': () => ({ data: page() }) })
    render(<OrglifeScreen />)
    expect(await screen.findByText('已谈12人，未谈4人（自1月20日以来）')).toBeTruthy()
    expect(screen.getByText('提前17天发布通知')).toBeTruthy()
    expect(screen.getByText('会前准备（已完成1/4项）')).toBeTruthy()
    expect(screen.getByText('还没有整改事项')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/orglife.page'])
    expect(cloud.calls[0]!.input).toEqual({ activityId: 'act-life' })
  })

  it('ticks 征求意见 with its day and note, and 对照检查材料, one call each shown in place', async () => {
    setRouterParams({ id: 'act-life' })
    const ticked = page({
      checklist: page().checklist.map((l) =>
        l.key === 'opinions' ? { ...l, done: true, words: '2026年4月3日已征求意见：座谈会' } : l,
      ),
    })
    const cloud = cloudWithActions({
      'secretary/orglife.page': () => ({ data: page() }),
      'secretary/orglife.tick': (input) => ({
        data:
          (input as { key: string }).key === 'opinions'
            ? ticked
            : page({
                checklist: ticked.checklist.map((l) =>
                  l.key === 'materials' ? { ...l, done: true, words: '对照检查材料已准备' } : l,
                ),
              }),
      }),
    })
    render(<OrglifeScreen />)
    fireEvent.click(await screen.findByText('记下已征求意见'))
    await typeInto('如：发放征求意见表20份，收回18份', '座谈会')
    fireEvent.click(screen.getByText('记下'))
    expect(await screen.findByText('2026年4月3日已征求意见：座谈会')).toBeTruthy()
    expect(cloud.calls[1]!.input).toEqual({
      activityId: 'act-life',
      key: 'opinions',
      done: true,
      date: '2026-04-03',
      note: '座谈会',
    })
    fireEvent.click(screen.getByText('标记为已准备'))
    expect(await screen.findByText('对照检查材料已准备')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/orglife.page', 'secretary/orglife.tick', 'secretary/orglife.tick'])
  })

  it('adds an item with its owner chosen from the roster, in one call', async () => {
    setRouterParams({ id: 'act-life' })
    const added = page({
      items: [
        item({
          overdue: false,
          state: 'notStarted',
          stateLabel: '未开始',
          dueWords: '2026年4月20日前完成（还有17天）',
        }),
      ],
      figures: { total: 1, open: 1, overdue: 0, done: 0, withdrawn: 0 },
    })
    const cloud = cloudWithActions({
      'secretary/orglife.page': () => ({ data: page() }),
      'secretary/orglife.addItem': () => ({ data: added }),
    })
    render(<OrglifeScreen />)
    fireEvent.click(await screen.findByText('新增整改事项'))
    fireEvent.click(screen.getByText('加入清单'))
    expect(await screen.findByText(/请写明整改事项/)).toBeTruthy()
    await typeInto('如：理论学习不够系统，制定个人学习计划', '理论学习不够系统')
    fireEvent.click(screen.getByText('李秀英'))
    fireEvent.click(screen.getByText('加入清单'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/orglife.page', 'secretary/orglife.addItem']))
    expect(cloud.calls[1]!.input).toEqual({
      activityId: 'act-life',
      text: '理论学习不够系统',
      ownerId: 'm-2',
      dueOn: '2026-04-20',
    })
    expect(await screen.findByText('2026年4月20日前完成（还有17天）')).toBeTruthy()
  })

  it('shows 逾期 and closes an item only with a note', async () => {
    setRouterParams({ id: 'act-life' })
    const closed = page({
      items: [item({ state: 'done', stateLabel: '已完成', overdue: false, open: false, note: '已制定学习计划' })],
    })
    const cloud = cloudWithActions({
      'secretary/orglife.page': () => ({ data: page({ items: [item()] }) }),
      'secretary/orglife.closeItem': () => ({ data: closed }),
    })
    render(<OrglifeScreen />)
    expect(await screen.findByText('整改中·逾期')).toBeTruthy()
    fireEvent.click(screen.getByText('整改完成'))
    fireEvent.click(screen.getByText('确认完成'))
    expect(await screen.findByText(/请写明完成情况/)).toBeTruthy()
    await typeInto('如：已制定个人学习计划，按月完成学习任务', '已制定学习计划')
    fireEvent.click(screen.getByText('确认完成'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/orglife.page', 'secretary/orglife.closeItem']))
    expect(cloud.calls[1]!.input).toEqual({ itemId: 'r-1', note: '已制定学习计划' })
    expect(await screen.findByText('完成情况：已制定学习计划')).toBeTruthy()
  })
})

describe('整改落实 (机关党委)', () => {
  it('lists each branch’s counts in the organisation’s order, in one call', async () => {
    const data: OrglifeCounts = {
      today: '2026-04-03',
      branches: [
        {
          branchId: 'b1',
          name: '机关第一党支部',
          meeting: '',
          activityId: 'act-b1',
          total: 5,
          open: 2,
          overdue: 1,
          done: 3,
        },
        {
          branchId: 'b2',
          name: '机关第二党支部',
          meeting: '本年度尚未安排组织生活会',
          activityId: null,
          total: 0,
          open: 0,
          overdue: 0,
          done: 0,
        },
      ],
      total: { total: 5, open: 2, overdue: 1, done: 3 },
    }
    const cloud = cloudWithActions({ 'admin/orglife.counts': () => ({ data }) })
    render(<OrglifeCountsPage />)
    expect(await screen.findByText(/^未完成2项（逾期1），已完成3项/)).toBeTruthy()
    expect(screen.getByText(/^还没有整改事项；本年度尚未安排组织生活会/)).toBeTruthy()
    const names = screen.getAllByText(/机关第.党支部/).map((n) => n.textContent)
    expect(names).toEqual(['机关第一党支部', '机关第二党支部'])
    expect(actionsCalled(cloud)).toEqual(['admin/orglife.counts'])
  })
})

describe('我的整改事项', () => {
  it('shows my items, overdue said, in one call; and an empty list plainly', async () => {
    const data: MyRectifyItems = { today: '2026-04-03', items: [item()] }
    const cloud = cloudWithActions({ 'member/orglife.mine': () => ({ data }) })
    render(<MyRectifyPage />)
    expect(await screen.findByText('还有1项要整改')).toBeTruthy()
    expect(screen.getByText('整改中·逾期')).toBeTruthy()
    expect(screen.getByText('来自：2025年度组织生活会（2026年1月15日）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/orglife.mine'])
  })

  it('says when there is nothing', async () => {
    cloudWithActions({ 'member/orglife.mine': () => ({ data: { today: '2026-04-03', items: [] } }) })
    render(<MyRectifyPage />)
    expect(await screen.findByText('您没有整改事项')).toBeTruthy()
  })
})
