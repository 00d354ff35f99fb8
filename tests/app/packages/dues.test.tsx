import type { AmountsPreview } from '@core/contract/dues'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import BranchDuesPage from '@/packageSecretary/pages/dues/index'
import DuesAmountsPage from '@/packageSecretary/pages/dues-amounts/index'
import MemberDuesPage from '@/packageSecretary/pages/dues-member/index'
import DuesCollectionPage from '@/packageAdmin/pages/dues/index'
import { answerModals, recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { amountRow, branchDues, memberView, payment } from '../helpers/dues'

beforeEach(freshLaunch)

const sheet = () => document.querySelector('.ui-sheet') as HTMLElement
const EDGE = /基数只比3000.00元高0.01元/

describe('党费 (支部管理)', () => {
  it('shows the edge warning, the payment waiting with its receipt photo, and arrears flags, from one call', async () => {
    const cloud = cloudWithActions({ 'secretary/dues.branch': () => ({ data: branchDues() }) })
    render(<BranchDuesPage />)

    expect(await screen.findByText('2026年3月：3人中1人交清')).toBeTruthy()
    expect(screen.getByText('⚠ 1人的基数刚过档次边界，请核对：')).toBeTruthy()
    expect(screen.getByText('⚠ 李四：基数 3000.01 元，每月 30.00 元')).toBeTruthy()
    expect(screen.getByText(EDGE)).toBeTruthy()
    expect(screen.getByText('待确认的缴费（1笔）')).toBeTruthy()
    expect(screen.getByText('李四：2026年3月 · 30.00 元')).toBeTruthy()
    expect(screen.getByText('收据照片，点按放大')).toBeTruthy()
    // Taro's H5 Image draws its <img> a tick after the page.
    await waitFor(() => expect(document.querySelector('img')?.getAttribute('alt')).toBe('李四交党费的收据照片'))
    expect(screen.getByText('⚠ 连续3个月未交')).toBeTruthy()
    expect(screen.getByText('每月5日收缴 · 最多预交6个月 · 收缴人：周敏')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/dues.branch'])
    expect(cloud.calls[0].input).toEqual({})
  })

  it('confirms a payment after asking, and shows the page its answer carries', async () => {
    const cloud = cloudWithActions({
      'secretary/dues.branch': () => ({ data: branchDues() }),
      'secretary/dues.payment.confirm': () => ({
        data: { ...payment({ status: 'confirmed' }), branchPage: branchDues({ waiting: [] }) },
      }),
    })
    render(<BranchDuesPage />)

    answerModals(true)
    fireEvent.click(await screen.findByText('确认收到'))

    expect(await screen.findByText('没有等待确认的缴费报告。')).toBeTruthy()
    expect(recorded.modals).toEqual(['确认收到党费'])
    expect(actionsCalled(cloud)).toEqual(['secretary/dues.branch', 'secretary/dues.payment.confirm'])
    expect(cloud.calls[1].input).toEqual({ paymentId: 'p-1', answerWith: 'branch' })
  })

  it('returns a payment with a reason, and shows a refusal in words', async () => {
    const cloud = cloudWithActions({
      'secretary/dues.branch': () => ({ data: branchDues() }),
      'secretary/dues.payment.reject': () => ({
        error: { code: 'DUES.PAYMENT_HANDLED', message: '这笔缴费已经处理过了' },
      }),
    })
    render(<BranchDuesPage />)

    fireEvent.click(await screen.findByText('退回'))
    await typeInto('如：没有收到这笔转账，请核对后重新报告', '没有收到转账')
    fireEvent.click(within(sheet()).getAllByText('退回').pop() as HTMLElement)

    expect(await within(sheet()).findByText('✗ 这笔缴费已经处理过了')).toBeTruthy()
    expect(cloud.calls[1].input).toEqual({ paymentId: 'p-1', reason: '没有收到转账', answerWith: 'branch' })
  })

  it('names who may collect when the caller may only look', async () => {
    cloudWithActions({ 'secretary/dues.branch': () => ({ data: branchDues({ canCollect: false }) }) })
    render(<BranchDuesPage />)

    expect(await screen.findByText('ⓘ 您可以查看；确认和登记缴费由书记或收缴人（周敏）办理。')).toBeTruthy()
    expect(screen.queryByText('确认收到')).toBeNull()
  })

  it('asks for an admin’s branch', async () => {
    setRouterParams({ branchId: 'org-b2' })
    const cloud = cloudWithActions({ 'secretary/dues.branch': () => ({ data: branchDues() }) })
    render(<BranchDuesPage />)

    await screen.findByText('2026年3月：3人中1人交清')
    expect(cloud.calls[0].input).toEqual({ branchId: 'org-b2' })
  })
})

describe('党费金额', () => {
  it('lists amounts with their source', async () => {
    setRouterParams({ year: '2026', month: '2026-03' })
    cloudWithActions({
      'secretary/dues.amounts.list': () => ({
        data: {
          year: 2026,
          rows: [amountRow('钱进', '4000.00', 4000, { source: 'carried', confirmedByName: null })],
          totals: { members: 1, confirmed: 0, unconfirmed: 1, missing: 0, warnings: 0, monthlyFen: 4000 },
        },
      }),
    })
    render(<DuesAmountsPage />)

    expect(await screen.findByText('○ 沿用上一年的金额，待确认')).toBeTruthy()
    expect(screen.getByText('确认1人沿用的金额（从2026年1月起）')).toBeTruthy()
  })

  const preview: AmountsPreview = {
    year: 2026,
    rows: [
      {
        line: 2,
        memberId: 'm-王芳',
        name: '王芳',
        category: 'inService',
        baseFen: 300000,
        regulationFen: 1500,
        monthlyFen: 1500,
        rateBp: 50,
        reduction: null,
        effectiveFrom: '2026-03',
        previousFen: 3200,
        warning: null,
        problems: [],
      },
      {
        line: 3,
        memberId: 'm-李四',
        name: '李四',
        category: 'inService',
        baseFen: 300001,
        regulationFen: 3000,
        monthlyFen: 3000,
        rateBp: 100,
        reduction: null,
        effectiveFrom: '2026-03',
        previousFen: 3200,
        warning: '基数只比3000.00元高0.01元，按1%每月30.00元；若为3000.00元则按0.5%每月15.00元，请核对基数',
        problems: [],
      },
    ],
    problemCount: 0,
    warningCount: 1,
    monthlyFen: 4500,
  }
  const TEXT = '姓名,基数,类别\n王芳,3000.00,在职\n李四,3000.01,在职'

  it('checks pasted bases, shows amounts and the edge warning, and confirms the same request', async () => {
    setRouterParams({ year: '2026', month: '2026-03' })
    const year = branchDues().year
    const cloud = cloudWithActions({
      'secretary/dues.amounts.list': () => ({ data: year }),
      'secretary/dues.amounts.preview': () => ({ data: preview }),
      'secretary/dues.amounts.confirm': () => ({ data: { confirmed: 2, billsUpdated: 2, year } }),
    })
    render(<DuesAmountsPage />)

    expect(await screen.findByText('3人：已确认3人；每月合计 142.50 元')).toBeTruthy()
    await typeInto('把姓名、基数、类别粘贴到这里', TEXT)
    fireEvent.click(screen.getByText('检查金额'))

    await screen.findByText('核对金额')
    expect(within(sheet()).getByText('✓ 共2人，每月合计 45.00 元，可以确认')).toBeTruthy()
    expect(within(sheet()).getByText('在职 · 基数 3000.00 元 · 每月 15.00 元（0.5%）')).toBeTruthy()
    expect(within(sheet()).getByText('在职 · 基数 3000.01 元 · 每月 30.00 元（1%）')).toBeTruthy()
    expect(within(sheet()).getByText('⚠ 1人的基数刚过档次边界，请核对基数是否准确')).toBeTruthy()
    expect(within(sheet()).getByText(EDGE)).toBeTruthy()
    fireEvent.click(within(sheet()).getByText('确认2人的金额'))

    expect(await screen.findByText('✓ 已确认2人的金额，2张账单随之更新')).toBeTruthy()
    const request = { year: 2026, effectiveFrom: '2026-03', text: TEXT }
    expect(cloud.calls[1].input).toEqual(request)
    expect(cloud.calls[2].input).toEqual(request)
    expect(actionsCalled(cloud)).toEqual([
      'secretary/dues.amounts.list',
      'secretary/dues.amounts.preview',
      'secretary/dues.amounts.confirm',
    ])
  })

  it('keeps confirm off while a row has a problem', async () => {
    setRouterParams({ year: '2026', month: '2026-03' })
    cloudWithActions({
      'secretary/dues.amounts.list': () => ({ data: branchDues().year }),
      'secretary/dues.amounts.preview': () => ({
        data: {
          ...preview,
          rows: [{ ...preview.rows[0], monthlyFen: null, problems: ['基数30.00元不像以元为单位的税后月工资'] }],
          problemCount: 1,
        },
      }),
    })
    render(<DuesAmountsPage />)

    await typeInto('把姓名、基数、类别粘贴到这里', '王芳,30')
    fireEvent.click(await screen.findByText('检查金额'))

    await screen.findByText('核对金额')
    expect(within(sheet()).getByText('✗ 基数30.00元不像以元为单位的税后月工资')).toBeTruthy()
    const confirm = within(sheet()).getByText('有问题，不能确认').closest('.ui-button') as HTMLElement
    expect(confirm.className).toContain('ui-button--disabled')
  })

  it('changes one member’s base typed in 元, sent as text', async () => {
    setRouterParams({ year: '2026', month: '2026-03' })
    const cloud = cloudWithActions({
      'secretary/dues.amounts.list': () => ({ data: branchDues().year }),
      'secretary/dues.amounts.preview': () => ({ data: { ...preview, rows: [preview.rows[1]] } }),
    })
    render(<DuesAmountsPage />)

    const card = (await screen.findByText('李四')).closest('.ui-card') as HTMLElement
    fireEvent.click(within(card).getByText('改基数或类别'))
    await typeInto('如：3000.50', '3000.01')
    fireEvent.click(within(sheet()).getByText('检查金额'))

    await screen.findByText('核对金额')
    expect(cloud.calls[1].input).toEqual({
      year: 2026,
      effectiveFrom: '2026-03',
      rows: [{ memberId: 'm-李四', category: 'inService', base: '3000.01', effectiveFrom: '2026-03' }],
    })
  })
})

describe('党员党费 (支部管理)', () => {
  it('records an in-person payment from the server’s choices and corrects a confirmed one with a reason', async () => {
    setRouterParams({ memberId: 'm-1' })
    const confirmedPayment = payment({ id: 'p-9', memberId: 'm-1', memberName: '张三', status: 'confirmed' })
    const cloud = cloudWithActions({
      'secretary/dues.member': () => ({ data: memberView({ canCollect: true, payments: [confirmedPayment] }) }),
      'secretary/dues.payment.record': () => ({
        data: {
          ...payment({ status: 'confirmed', via: 'inPerson' }),
          memberPage: memberView({ canCollect: true, payments: [confirmedPayment] }),
        },
      }),
      'secretary/dues.payment.correct': () => ({
        data: {
          ...payment({ kind: 'correction', amountFen: -1500 }),
          memberPage: memberView({ canCollect: true, payments: [confirmedPayment] }),
        },
      }),
    })
    render(<MemberDuesPage />)

    fireEvent.click(await screen.findByText('登记缴费'))
    fireEvent.click(within(sheet()).getByText('2026年1月—2月，2个月，共 60.00 元'))
    fireEvent.click(within(sheet()).getByText('登记为已交'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/dues.payment.record'))
    expect(cloud.calls[1].input).toEqual({
      memberId: 'm-1',
      months: ['2026-01', '2026-02'],
      amountFen: 6000,
      method: 'cash',
      answerWith: 'member',
    })

    fireEvent.click(await screen.findByText('冲正（记错了）'))
    await typeInto('如：金额登记错了，实际交的是另外的月份', '月份登记错了')
    fireEvent.click(within(sheet()).getByText('冲正'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/dues.payment.correct'))
    expect(cloud.calls.find((c) => c.action === 'dues.payment.correct')?.input).toEqual({
      paymentId: 'p-9',
      reason: '月份登记错了',
      answerWith: 'member',
    })
    expect(actionsCalled(cloud).filter((a) => a === 'secretary/dues.member')).toHaveLength(1)
  })
})

describe('党费收缴情况 (机关党委)', () => {
  it('writes each branch’s rate as text for the latest month, and for the whole year', async () => {
    const cell = (dueFen: number, paidFen: number, ratePct: number | null) => ({
      open: dueFen > 0,
      dueFen,
      paidFen,
      billed: dueFen > 0 ? 10 : 0,
      paid: dueFen > 0 ? 9 : 0,
      ratePct,
    })
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
    const cells = (last: number) => months.map((_, i) => (i < 3 ? cell(10000, last, last / 100) : cell(0, 0, null)))
    cloudWithActions({
      'admin/dues.collection': () => ({
        data: {
          year: 2026,
          months,
          branches: [
            { branchId: 'org-b1', name: '机关第一党支部', cells: cells(9000), total: cell(30000, 27000, 90) },
            { branchId: 'org-b2', name: '机关第二党支部', cells: cells(10000), total: cell(30000, 30000, 100) },
          ],
          bureau: { cells: cells(9500), total: cell(60000, 57000, 95) },
        },
      }),
    })
    render(<DuesCollectionPage />)

    expect(await screen.findByText('2026年3月：各支部')).toBeTruthy()
    expect(screen.getByText('90.0%')).toBeTruthy()
    expect(screen.getByText('100.0%')).toBeTruthy()
    fireEvent.click(screen.getByText('全年'))
    expect(await screen.findByText('2026年全年：各支部')).toBeTruthy()
    expect(screen.getByText('95.0%')).toBeTruthy()
    fireEvent.click(screen.getByText('机关第二党支部 ›'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageSecretary/pages/dues/index?branchId=org-b2' },
    ])
  })
})
