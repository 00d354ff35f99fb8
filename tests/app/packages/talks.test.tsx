import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { CoverageSheet, MyTalks, TalkShares, TalkView } from '@core/contract/talk'
import { setRouterParams } from '../setup/taro'
import MyTalksPage from '@/packageMember/pages/talks/index'
import TalkCoveragePage from '@/packageSecretary/pages/talks/index'
import TalkSharesPage from '@/packageAdmin/pages/talks/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const rules: MyTalks['rules'] = [
  { kind: 'committeeCommittee', label: '支委之间', rule: '每位支委今年与其他每一位支委都谈过至少1次' },
  {
    kind: 'committeeMember',
    label: '支委与党员',
    rule: '每位党员今年与至少1位支委谈过；每位支委今年与至少1位党员谈过',
  },
  { kind: 'memberMember', label: '党员之间', rule: '每位党员今年与至少1位其他党员谈过' },
]

const talk = (extra: Partial<TalkView> = {}): TalkView => ({
  id: 't-1',
  partner: { id: 'm-2', name: '李秀英' },
  date: '2026-03-06',
  notes: '交流了近期工作和学习的想法',
  status: 'active',
  recordedByMe: true,
  recordedByName: '王建华',
  changes: [],
  canChange: true,
  ...extra,
})

const mine = (extra: Partial<MyTalks> = {}): MyTalks => ({
  year: 2026,
  today: '2026-03-10',
  earliest: '2010-07-01',
  people: [
    { id: 'm-1', name: '张书记', role: '书记' },
    { id: 'm-2', name: '李秀英', role: '党员' },
  ],
  talks: [],
  me: { covered: false, kinds: { committeeCommittee: null, committeeMember: '未谈', memberMember: '未谈' } },
  rules,
  ...extra,
})

describe('我的谈心谈话', () => {
  it('shows how I stand this year in words, in one call, with an empty list said plainly', async () => {
    const cloud = cloudWithActions({ 'member/talk.mine': () => ({ data: mine() }) })
    render(<MyTalksPage />)
    expect(await screen.findByText('2026年还有没谈的')).toBeTruthy()
    expect(screen.getByText('支委与党员')).toBeTruthy()
    expect(screen.getByText('每位党员今年与至少1位其他党员谈过')).toBeTruthy()
    expect(screen.queryByText('支委之间')).toBeNull()
    expect(screen.getByText('今年还没有记录谈心谈话')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/talk.mine'])
  })

  it('records a talk with whom, today and notes, and shows the answer without asking again', async () => {
    const after = mine({
      talks: [talk({ date: '2026-03-10' })],
      me: { covered: false, kinds: { committeeCommittee: null, committeeMember: '未谈', memberMember: '已谈' } },
    })
    const cloud = cloudWithActions({
      'member/talk.mine': () => ({ data: mine() }),
      'member/talk.record': () => ({ data: after }),
    })
    render(<MyTalksPage />)
    fireEvent.click(await screen.findByText('记一次谈心谈话'))
    expect(screen.getByText(/谈话要点只有你们二人能看到/)).toBeTruthy()
    fireEvent.click(screen.getByText('记下'))
    expect(await screen.findByText(/请选择和谁谈的/)).toBeTruthy()
    fireEvent.click(screen.getByText('李秀英（党员）'))
    expect(screen.getByText('✓ 李秀英（党员）')).toBeTruthy()
    await typeInto('如：交流了近期工作和学习的想法', '谈了学习体会')
    fireEvent.click(screen.getByText('记下'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['member/talk.mine', 'member/talk.record']))
    expect(cloud.calls[1]!.input).toEqual({ partnerId: 'm-2', date: '2026-03-10', notes: '谈了学习体会' })
    expect(await screen.findByText('与李秀英')).toBeTruthy()
    expect(screen.getByText('已谈')).toBeTruthy()
  })

  it('shows a talk the other party recorded, its correction, and no buttons to change it', async () => {
    cloudWithActions({
      'member/talk.mine': () => ({
        data: mine({
          talks: [
            talk({
              recordedByMe: false,
              recordedByName: '李秀英',
              canChange: false,
              changes: [{ at: 1, byName: '李秀英', what: '更正', reason: '日期记错了' }],
            }),
          ],
        }),
      }),
    })
    render(<MyTalksPage />)
    expect(await screen.findByText('李秀英记录的')).toBeTruthy()
    expect(screen.getByText('李秀英更正：日期记错了')).toBeTruthy()
    expect(screen.getByText('交流了近期工作和学习的想法')).toBeTruthy()
    expect(screen.queryByText('撤回')).toBeNull()
  })

  it('withdraws a talk I recorded with a reason, in one call', async () => {
    const cloud = cloudWithActions({
      'member/talk.mine': () => ({ data: mine({ talks: [talk()] }) }),
      'member/talk.withdraw': () => ({
        data: mine({ talks: [talk({ status: 'withdrawn', canChange: false })] }),
      }),
    })
    render(<MyTalksPage />)
    fireEvent.click(await screen.findByText('撤回'))
    await typeInto('如：重复记了一次', '重复记录')
    fireEvent.click(screen.getAllByText('撤回').at(-1)!)
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['member/talk.mine', 'member/talk.withdraw']))
    expect(cloud.calls[1]!.input).toEqual({ talkId: 't-1', reason: '重复记录' })
    expect(await screen.findByText('已撤回')).toBeTruthy()
  })
})

describe('我的谈心谈话 month by month', () => {
  it('folds the year’s talks by month, this month open, the others opened with no call', async () => {
    const talks = [
      talk({ id: 't-4', date: '2026-03-09' }),
      talk({ id: 't-3', date: '2026-02-20', partner: { id: 'm-1', name: '张书记' } }),
      talk({ id: 't-2', date: '2026-02-03', status: 'withdrawn', canChange: false }),
      talk({ id: 't-1', date: '2026-01-15', partner: { id: 'm-1', name: '张书记' } }),
    ]
    const cloud = cloudWithActions({ 'member/talk.mine': () => ({ data: mine({ talks }) }) })
    render(<MyTalksPage />)
    expect(await screen.findByText('与李秀英')).toBeTruthy()
    const heads = [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
    expect(heads).toEqual(['3月', '2月', '1月'])
    expect(screen.getByText('1次谈话 · 已撤回1次')).toBeTruthy()
    expect(screen.queryByText('与张书记')).toBeNull()
    fireEvent.click(screen.getByText('2月'))
    expect(screen.getByText('与张书记')).toBeTruthy()
    expect(screen.getByText('已撤回')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/talk.mine'])
  })
})

const sheet = (extra: Partial<CoverageSheet> = {}): CoverageSheet => ({
  branchId: 'org-b1',
  branchName: '机关第一党支部',
  year: 2026,
  years: [2026, 2025, 2024],
  kinds: ['committeeCommittee', 'committeeMember', 'memberMember'],
  rules: rules.map((r) => ({ ...r, counted: true })),
  source: '《中国共产党支部工作条例（试行）》第二十二条',
  figures: {
    counted: 2,
    covered: 1,
    share: '1/2人（50%）',
    perKind: [{ kind: 'memberMember', label: '党员之间', counted: 2, covered: 1, share: '1/2人（50%）' }],
  },
  talks: 3,
  rows: [
    {
      id: 'm-1',
      name: '王建华',
      role: '党员',
      side: 'member',
      covered: true,
      kinds: { committeeCommittee: null, committeeMember: '已谈', memberMember: '已谈' },
      missing: '',
      talks: 2,
      lastDate: '2026-03-06',
    },
    {
      id: 'm-2',
      name: '刘海燕',
      role: '党员',
      side: 'member',
      covered: false,
      kinds: { committeeCommittee: null, committeeMember: '未谈', memberMember: '已谈' },
      missing: '支委与党员',
      talks: 1,
      lastDate: '2026-02-01',
    },
  ],
  nudge: '2026年3月30日召开组织生活会，会前宜完成谈心谈话：还有1人未谈（自12月30日以来）',
  ...extra,
})

describe('谈心谈话（书记）', () => {
  it('shows per member covered or not in words and figures, the nudge, and what covered means', async () => {
    const cloud = cloudWithActions({ 'secretary/talk.coverage': () => ({ data: sheet() }) })
    setRouterParams({})
    render(<TalkCoveragePage />)
    expect(await screen.findByText('已谈完 1/2人（50%）')).toBeTruthy()
    expect(screen.getByText('没谈完的（1人）')).toBeTruthy()
    expect(screen.getByText('还没谈：支委与党员')).toBeTruthy()
    expect(screen.getByText('今年谈了2次，最近一次3月6日')).toBeTruthy()
    expect(screen.getByText(/会前宜完成谈心谈话/)).toBeTruthy()
    expect(screen.getByText(/谈话要点只有谈话双方能看到，这里不显示/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/talk.coverage'])
  })

  it('opens another year in one call and changes which kinds count in one call', async () => {
    const cloud = cloudWithActions({
      'secretary/talk.coverage': () => ({ data: sheet() }),
      'secretary/talk.setting': () => ({ data: sheet({ kinds: ['memberMember'], nudge: null }) }),
    })
    setRouterParams({})
    render(<TalkCoveragePage />)
    fireEvent.click(await screen.findByText('2025年'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/talk.coverage', 'secretary/talk.coverage']))
    expect(cloud.calls[1]!.input).toEqual({ year: 2025 })
    fireEvent.click(screen.getByText('修改计入的类别'))
    fireEvent.click(screen.getAllByText(/^支委之间：/).at(-1)!)
    fireEvent.click(screen.getAllByText(/^支委与党员：/).at(-1)!)
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(actionsCalled(cloud)).toHaveLength(3))
    expect(cloud.calls[2]!.input).toEqual({ year: 2026, kinds: ['memberMember'] })
  })
})

describe('谈心谈话（机关党委）', () => {
  it('lists each branch’s share in one call, each opening the branch', async () => {
    const shares: TalkShares = {
      year: 2026,
      years: [2026, 2025, 2024],
      branches: [
        { branchId: 'org-b1', name: '机关第一党支部', counted: 16, covered: 16, share: '16/16人（100%）', talks: 40 },
        { branchId: 'org-b2', name: '机关第二党支部', counted: 15, covered: 9, share: '9/15人（60%）', talks: 21 },
      ],
      total: { counted: 31, covered: 25, share: '25/31人（81%）', talks: 61 },
    }
    const cloud = cloudWithActions({ 'admin/talk.shares': () => ({ data: shares }) })
    render(<TalkSharesPage />)
    expect(await screen.findByText('全机关已谈完 25/31人（81%）')).toBeTruthy()
    expect(screen.getByText('9/15人（60%） ›')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/talk.shares'])
  })
})
