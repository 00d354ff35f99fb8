import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import DuesPage from '@/pages/dues/index'
import { pageEvents, recorded } from '../setup/taro'
import { phoneClockAt } from '../setup/clock'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { memberView, month, payment } from '../helpers/dues'

beforeEach(freshLaunch)

beforeEach(() => phoneClockAt('2026-03-12T09:00:00+08:00'))
afterEach(() => phoneClockAt(null))

/** The steps of the n-th payment's 办理进度 (waiting for the first when n is left out). */
function paymentSteps(): Promise<Array<string | null>>
function paymentSteps(n: number): Array<string | null>
function paymentSteps(n?: number): Promise<Array<string | null>> | Array<string | null> {
  const words = (lists: HTMLElement[]) =>
    within(lists[n ?? 0])
      .getAllByRole('listitem')
      .map((step) => step.textContent)
  if (n === undefined) return screen.findAllByRole('list', { name: '缴费办理进度' }).then(words)
  return words(screen.getAllByRole('list', { name: '缴费办理进度' }))
}

const sheet = () => document.querySelector('.ui-sheet') as HTMLElement
const chip = (text: string) => within(sheet()).getByText(text).closest('.ui-chip') as HTMLElement

describe('党费 (党员)', () => {
  it('shows this month’s amount and state, the arrears in words, and each month, from one call', async () => {
    const cloud = cloudWithActions({ 'member/dues.my': () => ({ data: memberView() }) })
    render(<DuesPage />)

    expect(await screen.findByText('本月（2026年3月）应交')).toBeTruthy()
    expect(screen.getAllByText('30.00 元').length).toBeGreaterThan(0)
    expect(screen.getAllByText('○ 待交').length).toBeGreaterThan(0)
    expect(screen.getByText('每月 30.00 元：按税后月工资 3000.01 元的 1% 计算')).toBeTruthy()
    expect(screen.getByText('✗ 您欠交2个月：2026年1月—2月，共 60.00 元')).toBeTruthy()
    expect(screen.getByText('2026年3月（本月）')).toBeTruthy()
    expect(screen.getAllByText('✗ 欠交')).toHaveLength(2)
    expect(screen.getByText('✓ 已交')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/dues.my'])
  })

  it('warns plainly at three months that six months unpaid counts as leaving the party', async () => {
    cloudWithActions({
      'member/dues.my': () => ({
        data: memberView({
          arrears: { months: ['2025-12', '2026-01', '2026-02'], owedFen: 9000, consecutive: 3, level: 'threeMonths' },
        }),
      }),
    })
    render(<DuesPage />)

    expect(await screen.findByText(/已连续3个月未交。按党章规定，连续6个月不交纳党费/)).toBeTruthy()
  })

  it('offers only the server’s choices and reports the chosen one with a receipt photo', async () => {
    const after = memberView({
      thisMonth: month('2026-03', 3000, 'reported'),
      arrears: { months: [], owedFen: 0, consecutive: 0, level: 'none' },
      payOptions: [],
      payments: [
        payment({
          memberId: 'm-1',
          memberName: '张三',
          reportedByName: '张三',
          months: ['2026-01', '2026-02', '2026-03'].map((m) => ({ month: m, fen: 3000 })),
          amountFen: 9000,
        }),
      ],
    })
    const cloud = cloudWithActions(
      {
        'member/dues.my': () => ({ data: memberView() }),
        'member/dues.report': () => ({ data: after }),
      },
      { upload: () => ({ body: { fileID: 'cloud://local.dues/receipts/1.jpg' } }) },
    )
    render(<DuesPage />)

    fireEvent.click(await screen.findByText('报告缴费'))
    const labels = within(sheet())
      .getAllByText(/个月，共/)
      .map((el) => el.textContent)
    expect(labels).toEqual([
      '✓ 2026年1月，1个月，共 30.00 元',
      '2026年1月—2月，2个月，共 60.00 元',
      '2026年1月—3月，3个月，共 90.00 元',
    ])
    fireEvent.click(chip('2026年1月—3月，3个月，共 90.00 元'))
    expect(within(sheet()).getByText('合计：90.00 元')).toBeTruthy()
    expect(within(sheet()).getByText('转账截图或收据的照片，方便书记核对这笔党费，只用于核对。')).toBeTruthy()
    fireEvent.click(chip('微信转账给支部'))
    const photo = new File(['jpeg'], 'receipt.jpg', { type: 'image/jpeg' })
    fireEvent.change(within(sheet()).getByLabelText('添加收据照片'), { target: { files: [photo] } })
    expect(await within(sheet()).findByText('✓ 已添加照片“receipt.jpg”')).toBeTruthy()
    expect(cloud.uploads[0].cloudPath).toMatch(/^dues\/receipts\/\d+\.jpg$/)
    await typeInto('如：替家人代交', '和上月一起交')
    fireEvent.click(within(sheet()).getAllByText('报告缴费').pop() as HTMLElement)

    expect(await screen.findByText('◷ 已报告，待确认')).toBeTruthy()
    expect(cloud.calls[1].input).toEqual({
      months: ['2026-01', '2026-02', '2026-03'],
      amountFen: 9000,
      method: 'wechat',
      receiptFileID: 'cloud://local.dues/receipts/1.jpg',
      note: '和上月一起交',
    })
    // The report's answer is the refreshed page: no second dues.my.
    expect(actionsCalled(cloud)).toEqual(['member/dues.my', 'member/dues.report'])
    expect(document.querySelector('.ui-sheet')).toBeNull()
    expect(recorded.toasts).toContain('已报告，等待书记确认')

    pageEvents.comeBack()
    await waitFor(() => expect(actionsCalled(cloud)).toHaveLength(3))
  })

  it('asks how it was paid before reporting', async () => {
    const cloud = cloudWithActions({ 'member/dues.my': () => ({ data: memberView() }) })
    render(<DuesPage />)

    fireEvent.click(await screen.findByText('报告缴费'))
    fireEvent.click(within(sheet()).getAllByText('报告缴费').pop() as HTMLElement)

    expect(await within(sheet()).findByText('✗ 请选择交纳方式')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/dues.my'])
  })

  it('shows a refusal in the server’s words, naming the month, and keeps the form', async () => {
    cloudWithActions({
      'member/dues.my': () => ({ data: memberView() }),
      'member/dues.report': () => ({
        error: { code: 'DUES.ALREADY_REPORTED', message: '2026年1月已经报告过缴费，正在等待确认' },
      }),
    })
    render(<DuesPage />)

    fireEvent.click(await screen.findByText('报告缴费'))
    fireEvent.click(chip('现金'))
    fireEvent.click(within(sheet()).getAllByText('报告缴费').pop() as HTMLElement)

    expect(await within(sheet()).findByText('✗ 2026年1月已经报告过缴费，正在等待确认')).toBeTruthy()
    expect(chip('✓ 现金')).toBeTruthy()
  })

  it('offers no report when nothing can be paid here, and says why', async () => {
    cloudWithActions({
      'member/dues.my': () => ({
        data: memberView({
          payOptions: [],
          notice: '2025年7月的党费已超过6个月的补交期限，请与支部书记联系',
          arrears: { months: [], owedFen: 0, consecutive: 0, level: 'none' },
        }),
      }),
    })
    render(<DuesPage />)

    expect(await screen.findByText('ⓘ 2025年7月的党费已超过6个月的补交期限，请与支部书记联系')).toBeTruthy()
    expect(screen.queryByText('报告缴费')).toBeNull()
  })

  it('shows a returned report with the reason', async () => {
    cloudWithActions({
      'member/dues.my': () => ({
        data: memberView({
          payments: [
            payment({
              memberId: 'm-1',
              status: 'rejected',
              rejectReason: '没有收到这笔转账',
              rejectedByName: '李书记',
              rejectedAt: Date.parse('2026-03-10T16:05:00+08:00'),
            }),
          ],
        }),
      }),
    })
    render(<DuesPage />)

    // 办理进度 in the words the secretary's 待确认 uses, each step at its day and time in China.
    expect(await paymentSteps()).toEqual(['✓已报告3月9日 10:30', '✗已退回3月10日 16:05李书记退回：没有收到这笔转账'])
  })

  it('shows a report waiting for the secretary, and a confirmed one, as steps with their times', async () => {
    cloudWithActions({
      'member/dues.my': () => ({
        data: memberView({
          payments: [
            payment({ id: 'p-2', memberId: 'm-1' }),
            payment({
              memberId: 'm-1',
              status: 'confirmed',
              reportedAt: Date.parse('2026-02-01T09:00:00+08:00'),
              confirmedAt: Date.parse('2026-02-02T11:20:00+08:00'),
              confirmedByName: '王收缴',
            }),
          ],
        }),
      }),
    })
    render(<DuesPage />)

    expect(await paymentSteps()).toEqual(['✓已报告3月9日 10:30', '●书记确认等待书记确认收到', '○已确认'])
    expect(paymentSteps(1)).toEqual(['✓已报告2月1日 09:00', '✓已确认2月2日 11:20王收缴确认收到'])
  })
})
