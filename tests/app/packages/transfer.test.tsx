import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type {
  AbsenceView,
  ArrivalResult,
  ArrivalView,
  LetterView,
  OutOfTouchPage,
  OutOfTouchRow,
  PartyStats,
  TransferOffice,
  TransferPage,
  TransferView,
} from '@core/contract/transfer'
import { recorded, setRouterParams } from '../setup/taro'
import TransferScreen from '@/packageSecretary/pages/transfer/index'
import TouchScreen from '@/packageSecretary/pages/touch/index'
import LetterScreen from '@/packageSecretary/pages/letter/index'
import TransfersScreen from '@/packageAdmin/pages/transfers/index'
import StatsScreen from '@/packageAdmin/pages/stats/index'
import SecretaryOverviewPage from '@/packageSecretary/pages/overview/index'
import AdminOverviewPage from '@/packageAdmin/pages/overview/index'
import type { BranchOverview } from '@core/contract/overview'
import type { DevelopBureau } from '@core/contract/develop'
import { DEVELOP_STAGE_LABELS, DEVELOP_STAGES } from '@core/contract/develop'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(() => {
  freshLaunch()
  setRouterParams({})
})

/** The inner <input> of a field, by its name. */
const input = (name: string) =>
  waitFor(() => {
    const el = document.querySelector(`input[name="${name}"]`)
    if (!el) throw new Error(`no input named ${name}`)
    return el
  })
const type = async (name: string, value: string) => fireEvent.input(await input(name), { target: { value } })

/** Chooses a value on the date (or month) picker whose face reads `face`, as the phone's wheel would. */
async function pick(face: string, value: string) {
  const el = (await screen.findByText(face)).closest('taro-picker-core')
  if (!el) throw new Error(`no picker showing ${face}`)
  act(() => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value } }))
  })
}

/** An answer the test decides when to give: the screen's loading face meanwhile. */
function later<T>() {
  let give: (value: T) => void = () => undefined
  const promise = new Promise<T>((resolve) => {
    give = resolve
  })
  return { promise, give }
}

const issuedLetter = {
  letterNo: '机党转〔2026〕7号',
  issuedOn: '2026-10-23',
  validDays: 30,
  validUntil: '2026-11-21',
  validityWords: '有效期至2026年11月21日（还有3天）',
  duesPaidThrough: '2026-10',
  duesWords: '2026年10月',
  issuedByName: '机关党委管理员',
}

const transfer = (extra: Partial<TransferView> = {}): TransferView => ({
  id: 'tr-1',
  memberId: 'm-5',
  memberName: '赵文斌',
  branchId: 'org-b1',
  branchName: '机关第一党支部',
  destination: '中共某某市发展和改革委员会机关委员会',
  reason: '工作调动',
  state: 'issued',
  stateLabel: '已开具，待回执',
  requestedOn: '2026-10-20',
  requestedByName: '王建华',
  letter: issuedLetter,
  receipt: null,
  cancelReason: '',
  receiptDue: true,
  ...extra,
})

const arrival = (extra: Partial<ArrivalView> = {}): ArrivalView => ({
  id: 'tr-in-1',
  memberId: 'm-new',
  memberName: '孙晓梅',
  from: '中共某某区委机关工委',
  letterNo: '',
  arrivedOn: '2026-11-18',
  joinDate: '2012-07-01',
  probationary: false,
  duesPaidThrough: '2026-10',
  duesWords: '党费从2026年11月起在本支部交纳',
  bound: false,
  ...extra,
})

const absence = (extra: Partial<AbsenceView> = {}): AbsenceView => ({
  id: 'abs-1',
  memberId: 'm-3',
  memberName: '张志强',
  kind: 'study',
  kindLabel: '外出学习',
  place: '省委党校中青年干部培训班',
  fromOn: '2026-10-01',
  returnOn: '2026-12-31',
  state: 'away',
  words: '外出学习，2026年10月1日至2026年12月31日',
  overdue: false,
  ...extra,
})

const transferPage = (extra: Partial<TransferPage> = {}): TransferPage => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  today: '2026-11-18',
  currentMonth: '2026-11',
  source: '组织关系介绍信有效期一般不超过3个月。',
  people: [
    { id: 'm-3', name: '张志强', transferring: false },
    { id: 'm-5', name: '赵文斌', transferring: false },
  ],
  outgoing: [],
  arrivals: [],
  absences: [],
  ...extra,
})

describe('组织关系（书记）', () => {
  it('says it is loading, then shows an empty branch plainly, in one call', async () => {
    const answer = later<{ data: TransferPage }>()
    const cloud = cloudWithActions({ 'secretary/transfer.page': () => answer.promise })
    render(<TransferScreen />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    answer.give({ data: transferPage() })
    expect(await screen.findByText('机关第一党支部组织关系')).toBeTruthy()
    expect(screen.getByText('没有组织关系转出')).toBeTruthy()
    expect(screen.getByText('还没有转入的党员')).toBeTruthy()
    expect(screen.getByText('没有外出的党员')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page'])
    expect(cloud.calls[0]!.input).toEqual({})
  })

  it('shows a letter about to lapse, an arrival not yet bound and a member away, in words', async () => {
    cloudWithActions({
      'secretary/transfer.page': () => ({
        data: transferPage({ outgoing: [transfer()], arrivals: [arrival()], absences: [absence()] }),
      }),
    })
    render(<TransferScreen />)
    expect(await screen.findByText('转出（办理中1人）')).toBeTruthy()
    expect(screen.getByText('转往：中共某某市发展和改革委员会机关委员会')).toBeTruthy()
    expect(screen.getByText('介绍信机党转〔2026〕7号，党费交至2026年10月')).toBeTruthy()
    expect(screen.getByText('有效期至2026年11月21日（还有3天）').className).toContain('transfer-row__due')
    expect(screen.getByText('未绑定微信')).toBeTruthy()
    expect(screen.getByText('党费从2026年11月起在本支部交纳')).toBeTruthy()
    expect(screen.getByText('外出学习，2026年10月1日至2026年12月31日')).toBeTruthy()
    fireEvent.click(screen.getByText('查看介绍信'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageSecretary/pages/letter/index?id=tr-1')
  })

  it('starts a 转出 in one call, the member chosen from the roll, and shows the answer', async () => {
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage() }),
      'secretary/transfer.start': () => ({
        data: transferPage({
          outgoing: [transfer({ state: 'requested', stateLabel: '待党委开具', letter: null, receiptDue: false })],
        }),
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('办理转出'))
    expect(screen.getByText(/党费交至哪个月由系统按党费台账填写/)).toBeTruthy()
    fireEvent.click(screen.getByText('提请党委开具'))
    // Said once, in a sentence that names the field: not again under the field.
    expect(await screen.findAllByText(/请选择/)).toHaveLength(1)
    expect(screen.getByText('✗ 请选择要转出的党员')).toBeTruthy()
    fireEvent.click(screen.getByText('赵文斌'))
    await typeInto('如：中共某某县委组织部', '中共某某市发展和改革委员会机关委员会')
    await typeInto('如：工作调动', '工作调动')
    fireEvent.click(screen.getByText('提请党委开具'))
    expect(await screen.findByText('待党委开具')).toBeTruthy()
    expect(screen.getByText('2026年10月20日提请，等待机关党委开具介绍信')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page', 'secretary/transfer.start'])
    expect(cloud.calls[1]!.input).toEqual({
      memberId: 'm-5',
      destination: '中共某某市发展和改革委员会机关委员会',
      reason: '工作调动',
    })
  })

  it('does not offer for 转出 a member whose 转出 is under way, and says so by name', async () => {
    const people = [...transferPage().people, { id: 'm-7', name: '白洁', transferring: true }]
    cloudWithActions({ 'secretary/transfer.page': () => ({ data: transferPage({ people }) }) })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('办理转出'))
    expect(screen.getByText('赵文斌')).toBeTruthy()
    expect(screen.queryByText('白洁')).toBeNull()
    expect(screen.getByText('转出办理中（不再重复办理）：白洁')).toBeTruthy()
  })

  it('records the 回执 in one call after saying the member leaves the roll with records kept', async () => {
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage({ outgoing: [transfer()] }) }),
      'secretary/transfer.receipt': () => ({
        data: transferPage({
          outgoing: [
            transfer({
              state: 'completed',
              stateLabel: '回执已收到',
              receiptDue: false,
              receipt: { receivedOn: '2026-11-18', note: '', byName: '王建华' },
            }),
          ],
        }),
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('登记回执'))
    expect(screen.getByText(/从本支部名册移出，原有记录全部保留/)).toBeTruthy()
    fireEvent.click(screen.getByText('确认已收到回执'))
    expect(await screen.findByText('回执：2026年11月18日收到')).toBeTruthy()
    expect(screen.getByText('转出（办理中0人）')).toBeTruthy()
    // Done: the letter's validity no longer matters and is not said.
    expect(screen.queryByText('有效期至2026年11月21日（还有3天）')).toBeNull()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page', 'secretary/transfer.receipt'])
    expect(cloud.calls[1]!.input).toEqual({ transferId: 'tr-1', receivedOn: '2026-11-18', note: '' })
  })

  it('withdraws a 转出 not yet issued, with a reason, in one call', async () => {
    const requested = transfer({ state: 'requested', stateLabel: '待党委开具', letter: null, receiptDue: false })
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage({ outgoing: [requested] }) }),
      'secretary/transfer.cancel': () => ({
        data: transferPage({
          outgoing: [{ ...requested, state: 'cancelled', stateLabel: '已撤销', cancelReason: '调动暂缓' }],
        }),
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('撤销'))
    await typeInto('如：调动暂缓', '调动暂缓')
    fireEvent.click(screen.getByText('确认撤销'))
    expect(await screen.findByText('撤销原因：调动暂缓')).toBeTruthy()
    expect(cloud.calls[1]!.input).toEqual({ transferId: 'tr-1', reason: '调动暂缓' })
  })

  it('records a 转入 from the letter in one call and shows the binding code with the suggested talk', async () => {
    const result: ArrivalResult = {
      page: transferPage({ arrivals: [arrival()] }),
      memberId: 'm-new',
      memberName: '孙晓梅',
      code: '4827 1953',
      expiresAt: 0,
      talk: { partnerId: 'm-1', partnerName: '王建华', words: '建议本月内由王建华同志与孙晓梅谈心谈话' },
    }
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage() }),
      'secretary/transfer.arrive': () => ({ data: result }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('登记转入'))
    await type('name', '孙晓梅')
    await typeInto('介绍信上的开具单位', '中共某某区委机关工委')
    fireEvent.click(screen.getByText('登记并生成绑定码'))
    expect(await screen.findAllByText('✗ 请选择入党日期')).toHaveLength(1)
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page'])
    await pick('2026年11月', '2026-10')
    await pick('请选择', '2012-07-01')
    fireEvent.click(screen.getByText('离退休'))
    fireEvent.click(screen.getByText('登记并生成绑定码'))
    expect(await screen.findByText('4827 1953')).toBeTruthy()
    expect(screen.getByText('孙晓梅已列入本支部名册')).toBeTruthy()
    expect(screen.getByText('建议本月内由王建华同志与孙晓梅谈心谈话')).toBeTruthy()
    expect(screen.getByText('2026年11月18日由中共某某区委机关工委转入，正式党员')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page', 'secretary/transfer.arrive'])
    expect(cloud.calls[1]!.input).toEqual({
      name: '孙晓梅',
      from: '中共某某区委机关工委',
      letterNo: '',
      duesPaidThrough: '2026-10',
      joinDate: '2012-07-01',
      probationary: false,
      duesCategory: 'retiree',
    })
    fireEvent.click(screen.getByText('知道了'))
    expect(screen.queryByText('4827 1953')).toBeNull()
  })

  it('says a refused 转入 in Chinese and keeps the sheet open', async () => {
    cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage() }),
      'secretary/transfer.arrive': () => ({
        error: { code: 'TRANSFER.DUES_AHEAD', message: '党费交至的月份不能晚于本月，请核对介绍信' },
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('登记转入'))
    await type('name', '孙晓梅')
    await typeInto('介绍信上的开具单位', '中共某某区委机关工委')
    await pick('请选择', '2012-07-01')
    fireEvent.click(screen.getByText('登记并生成绑定码'))
    expect(await screen.findByText(/党费交至的月份不能晚于本月，请核对介绍信/)).toBeTruthy()
    expect(screen.getByText('登记组织关系转入')).toBeTruthy()
  })

  it('marks a member back today in one call', async () => {
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage({ absences: [absence()] }) }),
      'secretary/absence.end': () => ({
        data: transferPage({
          absences: [absence({ state: 'returned', words: '已于2026年11月18日返回' })],
        }),
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('今天已返回'))
    expect(await screen.findByText('已于2026年11月18日返回')).toBeTruthy()
    expect(screen.getByText('已返回')).toBeTruthy()
    expect(cloud.calls[1]!.input).toEqual({ absenceId: 'abs-1', returnedOn: '2026-11-18' })
  })

  it('keeps what is under way in full and folds the closed records by month (this month, else the latest, open), with no call', async () => {
    const receipt = (receivedOn: string) => ({ receivedOn, note: '', byName: '王建华' })
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({
        data: transferPage({
          outgoing: [
            transfer(),
            transfer({
              id: 'tr-2',
              memberName: '钱进',
              state: 'completed',
              stateLabel: '回执已收到',
              receiptDue: false,
              receipt: receipt('2026-08-12'),
            }),
          ],
          arrivals: [arrival(), arrival({ id: 'tr-in-2', memberName: '周平', arrivedOn: '2026-06-03', bound: true })],
          absences: [
            absence(),
            absence({
              id: 'abs-2',
              memberName: '吴敏',
              fromOn: '2026-03-01',
              state: 'returned',
              words: '已于2026年6月28日返回',
            }),
          ],
        }),
      }),
    })
    render(<TransferScreen />)
    expect(await screen.findByText('赵文斌')).toBeTruthy()
    // Under way: the 转出 waiting for its 回执 and the member still away, each in full.
    expect(screen.getByText('张志强')).toBeTruthy()
    expect(screen.getByText('孙晓梅')).toBeTruthy()
    const heads = [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
    expect(heads).toEqual(['8月', '11月', '6月', '3月'])
    expect(screen.getByText('转入1人 · 未绑定微信1人')).toBeTruthy()
    expect(screen.getByText('回执已收到1人')).toBeTruthy()
    // 8月 (the latest closed 转出) and 3月 (the latest return) open; June's arrival shut.
    expect(screen.getByText('钱进')).toBeTruthy()
    expect(screen.getByText('吴敏')).toBeTruthy()
    expect(screen.queryByText('周平')).toBeNull()
    fireEvent.click(screen.getByText('6月'))
    expect(screen.getByText('周平')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.page'])
  })

  it('says a refused 外出 in Chinese', async () => {
    const cloud = cloudWithActions({
      'secretary/transfer.page': () => ({ data: transferPage() }),
      'secretary/absence.add': () => ({
        error: { code: 'ABSENCE.TOO_LONG', message: '外出超过6个月的，应转接组织关系，不按外出登记' },
      }),
    })
    render(<TransferScreen />)
    fireEvent.click(await screen.findByText('登记外出'))
    fireEvent.click(screen.getAllByText('张志强').at(-1)!)
    await typeInto('如：省委党校中青年干部培训班', '省委党校')
    fireEvent.click(screen.getAllByText('登记外出').at(-1)!)
    expect(await screen.findByText(/外出超过6个月的，应转接组织关系/)).toBeTruthy()
    expect(cloud.calls[1]!.input).toMatchObject({ memberId: 'm-3', kind: 'study', place: '省委党校' })
  })
})

const quiet = (extra: Partial<OutOfTouchRow> = {}): OutOfTouchRow => ({
  memberId: 'm-9',
  name: '贺建新',
  quietMonths: 14,
  words: '自2025年9月起，14个月没有参加组织生活、学习记录和交纳党费',
  lastSign: '最后一次：2025年8月 交纳党费',
  reminders: 3,
  unreadNotices: 5,
  bound: true,
  away: null,
  attempts: [],
  ...extra,
})

const touchPage = (rows: OutOfTouchRow[] = []): OutOfTouchPage => ({
  branch: { id: 'org-b5', name: '离退休干部党支部' },
  today: '2026-11-18',
  source: '连续6个月既无组织生活出勤、也无学习记录、也未交纳党费的党员，提请支部设法联系。',
  rows,
})

describe('失去联系（书记）', () => {
  it('says plainly in one call when nobody is out of touch', async () => {
    const cloud = cloudWithActions({ 'secretary/touch.page': () => ({ data: touchPage() }) })
    render(<TouchScreen />)
    expect(await screen.findByText('没有失去联系的党员')).toBeTruthy()
    expect(screen.getByText('截至2026年11月18日')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/touch.page'])
  })

  it('shows what was tried and records a contact attempt in one call', async () => {
    const attempt = {
      id: 'c-1',
      on: '2026-11-18',
      way: 'visit' as const,
      wayLabel: '上门走访',
      note: '家中无人，已留言',
      byName: '王建华',
    }
    const cloud = cloudWithActions({
      'secretary/touch.page': () => ({ data: touchPage([quiet()]) }),
      'secretary/touch.record': () => ({ data: touchPage([quiet({ attempts: [attempt] })]) }),
    })
    render(<TouchScreen />)
    expect(await screen.findByText('失去联系（1人）')).toBeTruthy()
    expect(screen.getByText('14个月无记录')).toBeTruthy()
    expect(screen.getByText('已做的：微信提醒3条，未读通知5条')).toBeTruthy()
    expect(screen.getByText('支部还没有登记联系情况')).toBeTruthy()
    fireEvent.click(screen.getByText('登记联系情况'))
    expect(screen.getByText(/登记只作记录，如何处置由支部研究决定/)).toBeTruthy()
    fireEvent.click(screen.getByText('上门走访'))
    await typeInto('如：电话未接通，已发短信请其与支部联系', '家中无人，已留言')
    fireEvent.click(screen.getByText('登记'))
    expect(await screen.findByText('2026年11月18日 上门走访（王建华）：家中无人，已留言')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/touch.page', 'secretary/touch.record'])
    expect(cloud.calls[1]!.input).toEqual({ memberId: 'm-9', on: '2026-11-18', way: 'visit', note: '家中无人，已留言' })
  })

  it('says a refused attempt in Chinese', async () => {
    cloudWithActions({
      'secretary/touch.page': () => ({ data: touchPage([quiet()]) }),
      'secretary/touch.record': () => ({
        error: { code: 'REQUEST.INVALID', message: '联系情况至少写2个字', fields: { note: '联系情况至少写2个字' } },
      }),
    })
    render(<TouchScreen />)
    fireEvent.click(await screen.findByText('登记联系情况'))
    await typeInto('如：电话未接通，已发短信请其与支部联系', '无')
    fireEvent.click(screen.getByText('登记'))
    expect((await screen.findAllByText(/联系情况至少写2个字/)).length).toBeGreaterThan(0)
  })
})

const letterView = (extra: Partial<LetterView> = {}): LetterView => ({
  transferId: 'tr-1',
  state: 'issued',
  stateLabel: '已开具，待回执',
  issuer: '中共某某市生态环境局机关委员会',
  branchName: '机关第一党支部',
  memberName: '赵文斌',
  joinDate: '2008-06-30',
  standing: '正式党员',
  destination: '中共某某市发展和改革委员会机关委员会',
  letter: issuedLetter,
  receipt: null,
  ...extra,
})

describe('介绍信', () => {
  it('shows the printable letter in one call, 党费交至 and the validity in words', async () => {
    setRouterParams({ id: 'tr-1' })
    const cloud = cloudWithActions({ 'secretary/transfer.letter': () => ({ data: letterView() }) })
    render(<LetterScreen />)
    expect(await screen.findByText('中国共产党党员组织关系介绍信')).toBeTruthy()
    expect(screen.getByText('党费交至：2026年10月')).toBeTruthy()
    expect(screen.getByText('有效期：30天（至2026年11月21日）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/transfer.letter'])
    expect(cloud.calls[0]!.input).toEqual({ transferId: 'tr-1' })
  })

  it('says when the office has not issued it yet, and a refusal in Chinese', async () => {
    setRouterParams({ id: 'tr-1' })
    cloudWithActions({
      'secretary/transfer.letter': () => ({ data: letterView({ letter: null, stateLabel: '待党委开具' }) }),
    })
    const { unmount } = render(<LetterScreen />)
    expect(await screen.findByText('机关党委还没有开具这份介绍信（待党委开具）。')).toBeTruthy()
    unmount()
    cloudWithActions({
      'secretary/transfer.letter': () => ({
        error: { code: 'AUTH.OTHER_BRANCH', message: '这是其他支部的记录，您不能查看' },
        status: 403,
      }),
    })
    render(<LetterScreen />)
    expect(await screen.findByText(/这是其他支部的记录，您不能查看/)).toBeTruthy()
  })
})

const office = (extra: Partial<TransferOffice> = {}): TransferOffice => ({
  today: '2026-11-18',
  settings: { validityDefaultDays: 30, statsFields: { sex: false, education: false } },
  waiting: [],
  issued: [],
  done: [],
  ...extra,
})

describe('组织关系转出（机关党委）', () => {
  it('says in one call when nothing waits', async () => {
    const cloud = cloudWithActions({ 'admin/transfer.office': () => ({ data: office() }) })
    render(<TransfersScreen />)
    expect(await screen.findByText('没有待开具的介绍信')).toBeTruthy()
    expect(screen.getByText('没有等待回执的介绍信')).toBeTruthy()
    expect(screen.getByText('待开具0份，待回执0份')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/transfer.office'])
  })

  it('issues a letter with the default validity in one call; a validity over the limit is said in Chinese', async () => {
    const waiting = transfer({ state: 'requested', stateLabel: '待党委开具', letter: null, receiptDue: false })
    let tries = 0
    const cloud = cloudWithActions({
      'admin/transfer.office': () => ({ data: office({ waiting: [waiting] }) }),
      'admin/transfer.issue': () =>
        ++tries === 1
          ? { error: { code: 'TRANSFER.VALIDITY_TOO_LONG', message: '介绍信有效期最长3个月（90天）' } }
          : { data: office({ issued: [transfer({ receiptDue: false })] }) },
    })
    render(<TransfersScreen />)
    expect(await screen.findByText('赵文斌（机关第一党支部）')).toBeTruthy()
    fireEvent.click(screen.getByText('开具介绍信'))
    expect(screen.getByText(/党费交至由系统按党费台账填写/)).toBeTruthy()
    expect(((await input('validDays')) as HTMLInputElement).value).toBe('30')
    await type('letterNo', '机党转〔2026〕7号')
    await type('validDays', '120')
    fireEvent.click(screen.getAllByText('开具介绍信').at(-1)!)
    expect(await screen.findByText(/介绍信有效期最长3个月（90天）/)).toBeTruthy()
    await type('validDays', '30')
    fireEvent.click(screen.getAllByText('开具介绍信').at(-1)!)
    expect(
      await screen.findByText('机党转〔2026〕7号，党费交至2026年10月，有效期至2026年11月21日（还有3天）'),
    ).toBeTruthy()
    expect(screen.getByText('原因：工作调动')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/transfer.office', 'admin/transfer.issue', 'admin/transfer.issue'])
    expect(cloud.calls[2]!.input).toEqual({ transferId: 'tr-1', letterNo: '机党转〔2026〕7号', validDays: 30 })
    fireEvent.click(screen.getByText('打印介绍信'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageSecretary/pages/letter/index?id=tr-1')
  })

  it('folds 已办结 by the month each closed (its 回执, else the day asked), this month open', async () => {
    const done = (id: string, name: string, extra: Partial<TransferView>) =>
      transfer({ id, memberName: name, state: 'completed', stateLabel: '回执已收到', receiptDue: false, ...extra })
    const receipt = (receivedOn: string) => ({ receivedOn, note: '', byName: '王建华' })
    const cloud = cloudWithActions({
      'admin/transfer.office': () => ({
        data: office({
          done: [
            done('tr-7', '钱进', { requestedOn: '2025-11-03', receipt: receipt('2025-12-20') }),
            done('tr-8', '孙丽', { state: 'cancelled', stateLabel: '已撤销', letter: null, requestedOn: '2026-09-14' }),
            done('tr-9', '周平', { requestedOn: '2026-10-08', receipt: receipt('2026-11-05') }),
            done('tr-10', '吴敏', { requestedOn: '2026-11-02', receipt: receipt('2026-11-12') }),
          ],
        }),
      }),
    })
    render(<TransfersScreen />)
    expect(await screen.findByText('已办结（4）')).toBeTruthy()
    const heads = [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
    expect(heads).toEqual(['11月', '9月', '2025年12月'])
    expect(screen.getByText('回执已收到2人')).toBeTruthy()
    expect(screen.getByText('已撤销1人')).toBeTruthy()
    expect(screen.getByText('吴敏（机关第一党支部）')).toBeTruthy()
    expect(screen.queryByText('孙丽（机关第一党支部）')).toBeNull()
    fireEvent.click(screen.getByText('9月'))
    expect(screen.getByText('孙丽（机关第一党支部）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/transfer.office'])
  })

  it('saves the settings in one call and opens 党内统计', async () => {
    const cloud = cloudWithActions({
      'admin/transfer.office': () => ({ data: office() }),
      'admin/transfer.setting': () => ({
        data: office({ settings: { validityDefaultDays: 60, statsFields: { sex: false, education: false } } }),
      }),
    })
    render(<TransfersScreen />)
    fireEvent.click(await screen.findByText('设置'))
    await type('validityDefaultDays', '60')
    // Each switch says its state in words; the whole row is the tap target.
    const sex = screen.getByRole('switch', { name: '统计性别' })
    expect(sex.textContent).toContain('已关闭')
    fireEvent.click(screen.getByText('统计性别'))
    expect(screen.getByRole('switch', { name: '统计性别' }).textContent).toContain('已开启')
    expect(screen.getByRole('switch', { name: '统计学历' }).textContent).toContain('已关闭')
    fireEvent.click(screen.getByText('保存'))
    expect(await screen.findByText('介绍信默认有效期60天')).toBeTruthy()
    expect(cloud.calls[1]!.input).toEqual({ validityDefaultDays: 60, statsFields: { sex: true, education: false } })
    fireEvent.click(screen.getByText('党内统计'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageAdmin/pages/stats/index')
  })
})

const stats = (year = 2026): PartyStats => ({
  year,
  years: [2026, 2025, 2024],
  today: '2026-11-18',
  countedOn: '2026年11月18日据系统记录统计',
  sections: [
    {
      title: `年末党员（${year}年12月31日）`,
      figures: [
        {
          key: 'end.total',
          label: '党员总数',
          value: 2,
          unit: '人',
          names: [
            { id: 'm-1', name: '王建华', branchName: '机关第一党支部' },
            { id: 'm-2', name: '李秀英', branchName: '机关第一党支部' },
          ],
        },
      ],
    },
    {
      title: '党员增减',
      figures: [
        {
          key: 'develop.admitted',
          label: '发展党员',
          value: 1,
          unit: '人',
          names: [{ id: 'm-dev', name: '蒋欣然', branchName: '机关第二党支部' }],
        },
        { key: 'deaths', label: '死亡', value: 0, unit: '人', names: [] },
      ],
    },
  ],
  balance: [
    { key: 'total', ok: true, words: '党员总数：年初1人＋增加1人－减少0人＝2人，与年末2人相符。' },
    {
      key: 'probationary',
      ok: false,
      words:
        '预备党员不平衡：预备党员：年初0人＋增加1人－减少0人＝1人，年末实有2人，年末多1人。年末名单比记录多出：李秀英。',
    },
  ],
  notes: ['年初按1月1日零时（北京时间）、年末按12月31日24时在册统计。'],
})

describe('党内统计（机关党委）', () => {
  it('shows the year in one call; a figure opens to its names', async () => {
    const cloud = cloudWithActions({ 'admin/stats.year': () => ({ data: stats() }) })
    render(<StatsScreen />)
    expect(await screen.findByText('2026年党内统计')).toBeTruthy()
    expect(screen.queryByText('蒋欣然（机关第二党支部）')).toBeNull()
    fireEvent.click(screen.getByText('发展党员'))
    expect(screen.getByText('蒋欣然（机关第二党支部）')).toBeTruthy()
    fireEvent.click(screen.getByText('党员总数'))
    expect(screen.getByText('王建华（机关第一党支部）、李秀英（机关第一党支部）')).toBeTruthy()
    expect(screen.queryByText('蒋欣然（机关第二党支部）')).toBeNull()
    expect(screen.getByText('党员总数：年初1人＋增加1人－减少0人＝2人，与年末2人相符。')).toBeTruthy()
    expect(screen.getByText(/预备党员不平衡.*多出：李秀英/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/stats.year'])
    expect(cloud.calls[0]!.input).toEqual({})
  })

  it('opens another year in one call, and says a refused export in Chinese', async () => {
    const cloud = cloudWithActions({
      'admin/stats.year': (input) => ({ data: stats((input as { year?: number }).year ?? 2026) }),
      'admin/stats.export': () => ({ error: { code: 'STATS.YEAR', message: '只能统计2000年以后、今年及以前的年份' } }),
    })
    render(<StatsScreen />)
    fireEvent.click(await screen.findByText('2025年'))
    expect(await screen.findByText('2025年党内统计')).toBeTruthy()
    fireEvent.click(screen.getByText('导出2025年党内统计（Excel）'))
    expect(await screen.findByText(/只能统计2000年以后、今年及以前的年份/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/stats.year', 'admin/stats.year', 'admin/stats.export'])
    expect(cloud.calls[1]!.input).toEqual({ year: 2025 })
    expect(cloud.calls[2]!.input).toEqual({ year: 2025 })
  })
})

describe('entry links', () => {
  it('支部管理 opens 组织关系 and 失去联系', async () => {
    const branch: BranchOverview = {
      branch: { id: 'org-b1', name: '机关第一党支部' },
      month: '2026-11',
      members: { total: 16, bound: 16 },
      activities: { published: 1, closed: 2 },
      waiting: { leavePending: 0, makeupSubmitted: 0, paymentsReported: 0 },
      dues: {
        month: '2026-11',
        open: true,
        collectionDay: 5,
        members: 16,
        settled: 16,
        dueFen: 32000,
        paidFen: 32000,
        ratePct: 100,
      },
      compliance: { year: 2026, checks: [], toHold: [], missed: [] },
      develop: { people: 0, due: 0, overdue: 0 },
    }
    const cloud = cloudWithActions({ 'secretary/overview.branch': () => ({ data: branch }) })
    render(<SecretaryOverviewPage />)
    fireEvent.click(await screen.findByText('组织关系'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageSecretary/pages/transfer/index')
    fireEvent.click(screen.getByText('失去联系'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageSecretary/pages/touch/index')
    expect(actionsCalled(cloud)).toEqual(['secretary/overview.branch'])
  })

  it('the office’s 总览 opens 组织关系转出 and 党内统计', async () => {
    // The office's home is drawn from 党员发展's bureau view (its one call): none in the pipeline here.
    const none = Object.fromEntries(DEVELOP_STAGES.map((s) => [s, 0])) as DevelopBureau['total']
    const office: DevelopBureau = {
      year: 2026,
      today: '2026-11-18',
      stages: DEVELOP_STAGES.map((s) => ({ stage: s, label: DEVELOP_STAGE_LABELS[s] })),
      branches: [],
      total: none,
      figures: { activists: 0, candidates: 0, admitted: 0, full: 0 },
      dueThisMonth: [],
    }
    cloudWithActions({ 'admin/develop.bureau': () => ({ data: office }) })
    render(<AdminOverviewPage />)
    fireEvent.click(await screen.findByText('组织关系'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageAdmin/pages/transfers/index')
    fireEvent.click(screen.getByText('党内统计'))
    expect(recorded.navigations.at(-1)!.url).toBe('/packageAdmin/pages/stats/index')
  })
})
