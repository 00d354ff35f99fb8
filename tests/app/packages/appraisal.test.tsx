import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { AppraisalCounts, AppraisalRow, AppraisalSheet, MyAppraisals } from '@core/contract/appraisal'
import { excellentCheck } from '@core/appraisal/rules'
import { APPRAISAL_WORDS } from '@core/appraisal/labels'
import { recorded, setRouterParams } from '../setup/taro'
import SecretaryAppraisalPage from '@/packageSecretary/pages/appraisal/index'
import MemberAppraisalPage from '@/packageMember/pages/appraisal/index'
import AdminAppraisalPage from '@/packageAdmin/pages/appraisal/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const row = (extra: Partial<AppraisalRow>): AppraisalRow => ({
  memberId: 'm-1',
  name: '王建华',
  probationary: false,
  missed: [],
  unpaidMonths: [],
  grade: null,
  ...extra,
})

const graded = (grade: 'excellent' | 'qualified', label: string) => ({
  grade,
  label,
  reason: '',
  decidedOn: '2026-11-15',
  recordedByName: '王建华',
  corrections: [],
  rectification: null,
})

const sheet = (extra: Partial<AppraisalSheet> = {}): AppraisalSheet => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  year: 2026,
  years: [2026, 2025, 2024, 2023, 2022],
  today: '2026-11-18',
  rows: [
    row({ memberId: 'm-1', name: '王建华', grade: graded('excellent', '优秀') }),
    row({
      memberId: 'm-2',
      name: '李秀英',
      missed: [{ date: '2026-03-06', title: '3月主题党日', reason: '未请假' }],
      unpaidMonths: ['2026-02', '2026-03'],
    }),
    row({ memberId: 'm-3', name: '张志强' }),
    row({ memberId: 'm-4', name: '刘海燕', probationary: true }),
  ],
  counts: { excellent: 1, qualified: 0, basic: 0, unqualified: 0, pending: 2, probationary: 1 },
  excellent: excellentCheck(1, 3),
  ...extra,
})

describe('民主评议（书记）', () => {
  it('shows the year in one call: facts of organisational life beside each member, never study', async () => {
    const cloud = cloudWithActions({ 'secretary/appraisal.sheet': () => ({ data: sheet() }) })
    setRouterParams({})
    render(<SecretaryAppraisalPage />)

    expect(await screen.findByText('机关第一党支部 · 2026年度')).toBeTruthy()
    expect(screen.getByText('还有2人未评定')).toBeTruthy()
    expect(screen.getByText('缺席组织生活1次（未请假1次）')).toBeTruthy()
    expect(screen.getByText('3月6日 3月主题党日：未请假')).toBeTruthy()
    expect(screen.getByText('党费未交：2月、3月')).toBeTruthy()
    expect(screen.getByText('预备党员参加评议，不评定等次')).toBeTruthy()
    expect(screen.getByText('评为优秀1人；参评正式党员3人，三分之一为1人')).toBeTruthy()
    expect(screen.getByText(APPRAISAL_WORDS.factsNote)).toBeTruthy()
    // Beyond the note that says study is not a ground, no word of study anywhere.
    expect(document.body.textContent?.replace(APPRAISAL_WORDS.factsNote, '')).not.toMatch(/学习/)
    expect(actionsCalled(cloud)).toEqual(['secretary/appraisal.sheet'])
  })

  it('shows the latest three meetings missed and the rest on the phone with one tap, no call', async () => {
    const missed = [1, 2, 3, 4, 5].map((m) => ({ date: `2026-0${m}-06`, title: `${m}月主题党日`, reason: '病假' }))
    const cloud = cloudWithActions({
      'secretary/appraisal.sheet': () => ({ data: sheet({ rows: [row({ missed })] }) }),
    })
    setRouterParams({})
    render(<SecretaryAppraisalPage />)
    expect(await screen.findByText('缺席组织生活5次（均已请假）')).toBeTruthy()
    expect(screen.getByText('5月6日 5月主题党日：病假')).toBeTruthy()
    expect(screen.queryByText('1月6日 1月主题党日：病假')).toBeNull()
    fireEvent.click(screen.getByText('展开全部5次 ›'))
    expect(screen.getByText('1月6日 1月主题党日：病假')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/appraisal.sheet'])
  })

  it('records a grade in one tap, shows the answer, and warns when 优秀 goes beyond a third', async () => {
    const after = sheet({
      rows: sheet().rows.map((r) => (r.memberId === 'm-3' ? { ...r, grade: graded('excellent', '优秀') } : r)),
      counts: { excellent: 2, qualified: 0, basic: 0, unqualified: 0, pending: 1, probationary: 1 },
      excellent: excellentCheck(2, 3),
    })
    const cloud = cloudWithActions({
      'secretary/appraisal.sheet': () => ({ data: sheet() }),
      'secretary/appraisal.record': () => ({ data: after }),
    })
    setRouterParams({})
    render(<SecretaryAppraisalPage />)

    fireEvent.click((await screen.findAllByText('评定等次'))[1])
    fireEvent.click(screen.getAllByText('优秀').at(-1)!)
    fireEvent.click(screen.getByText('记录等次'))

    await waitFor(() => expect(recorded.modals).toContain('请再斟酌'))
    expect(actionsCalled(cloud)).toEqual(['secretary/appraisal.sheet', 'secretary/appraisal.record'])
    expect(cloud.calls[1].input).toEqual({
      year: 2026,
      memberId: 'm-3',
      grade: 'excellent',
      reason: '',
      decidedOn: '2026-11-18',
    })
    expect(
      screen.getByText('✗ 评为优秀2人，超过了参评正式党员3人的三分之一（一般不超过1人），请支部再斟酌'),
    ).toBeTruthy()
  })

  it('asks a reason for 不合格 before sending anything', async () => {
    const cloud = cloudWithActions({ 'secretary/appraisal.sheet': () => ({ data: sheet() }) })
    setRouterParams({})
    render(<SecretaryAppraisalPage />)

    fireEvent.click((await screen.findAllByText('评定等次'))[0])
    fireEvent.click(screen.getByText('不合格'))
    fireEvent.click(screen.getByText('记录等次'))
    expect(await screen.findByText('✗ 评为基本合格或不合格，须写明理由')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/appraisal.sheet'])
    await typeInto('如：全年无故缺席组织生活3次，经教育仍未改正', '长期不参加组织生活')
    expect(screen.getByText('记录等次')).toBeTruthy()
  })
})

describe('我的民主评议', () => {
  it('shows my own grades, the reason and 限期改正', async () => {
    const mine: MyAppraisals = {
      name: '李秀英',
      grades: [
        {
          year: 2025,
          grade: 'unqualified',
          label: '不合格',
          reason: '长期不参加组织生活',
          decidedOn: '2025-12-05',
          rectification: { endsOn: '2026-12-05', state: 'endingSoon', words: '限期改正至2026年12月5日（还有17天）' },
        },
      ],
    }
    const cloud = cloudWithActions({ 'member/appraisal.mine': () => ({ data: mine }) })
    render(<MemberAppraisalPage />)
    expect(await screen.findByText('2025年度')).toBeTruthy()
    expect(screen.getByText('不合格')).toBeTruthy()
    expect(screen.getByText('理由：长期不参加组织生活')).toBeTruthy()
    expect(screen.getByText('限期改正至2026年12月5日（还有17天）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/appraisal.mine'])
  })

  it('says plainly when nothing is recorded yet', async () => {
    cloudWithActions({ 'member/appraisal.mine': () => ({ data: { name: '李秀英', grades: [] } }) })
    render(<MemberAppraisalPage />)
    expect(await screen.findByText('还没有评定结果')).toBeTruthy()
  })
})

describe('民主评议（机关党委）', () => {
  it('shows counts per grade per branch, no names', async () => {
    const zero = { excellent: 0, qualified: 0, basic: 0, unqualified: 0 }
    const counts: AppraisalCounts = {
      year: 2025,
      years: [2026, 2025, 2024, 2023, 2022],
      branches: [
        {
          branchId: 'org-b1',
          name: '机关第一党支部',
          members: 15,
          probationary: 1,
          counts: { excellent: 4, qualified: 10, basic: 1, unqualified: 0 },
          recorded: 15,
          excellentOver: false,
        },
        {
          branchId: 'org-b2',
          name: '机关第二党支部',
          members: 14,
          probationary: 0,
          counts: zero,
          recorded: 0,
          excellentOver: false,
        },
      ],
      totals: { excellent: 4, qualified: 10, basic: 1, unqualified: 0, members: 29, recorded: 15 },
    }
    const cloud = cloudWithActions({ 'admin/appraisal.counts': () => ({ data: counts }) })
    setRouterParams({ year: '2025' })
    render(<AdminAppraisalPage />)
    expect(await screen.findByText('全机关：已评定15人，正式党员29人')).toBeTruthy()
    expect(screen.getByText('已完成')).toBeTruthy()
    expect(screen.getByText('未开始')).toBeTruthy()
    expect(screen.getAllByText('优秀4 合格10 基本合格1 不合格0')).toHaveLength(2)
    expect(cloud.calls[0].input).toEqual({ year: 2025 })
  })
})
