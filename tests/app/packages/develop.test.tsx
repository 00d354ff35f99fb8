import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { DevelopBureau, DevelopPersonPage, DevelopPipeline, DevelopRow } from '@core/contract/develop'
import type { BranchOverview } from '@core/contract/overview'
import {
  DEVELOP_DOC_LABELS,
  DEVELOP_DOCS,
  DEVELOP_STAGE_LABELS,
  DEVELOP_STAGES,
  DEVELOP_STEP_LABELS,
  DEVELOP_STEP_RULES,
  DEVELOP_STEPS,
  type DevelopStep,
} from '@core/contract/develop'
import { recorded, setRouterParams } from '../setup/taro'
import DevelopPipelinePage from '@/packageSecretary/pages/develop/index'
import DevelopPersonScreen from '@/packageSecretary/pages/develop-person/index'
import DevelopBureauPage from '@/packageAdmin/pages/develop/index'
import SecretaryOverviewPage from '@/packageSecretary/pages/overview/index'
import AdminOverviewPage from '@/packageAdmin/pages/overview/index'
import { actionsCalled, cloudWithActions, type ActionAnswer } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

/** The inner <input> of a field, by its name. */
const named = (name: string) =>
  waitFor(() => {
    const el = document.querySelector(`input[name="${name}"]`)
    if (!el) throw new Error(`no input named ${name}`)
    return el
  })

const TODAY = '2026-03-10'

const row = (extra: Partial<DevelopRow> = {}): DevelopRow => ({
  id: 'dev-1',
  name: '蒋欣然',
  branchId: 'org-b1',
  stage: 'candidate',
  stageLabel: '发展对象',
  status: 'active',
  statusLabel: '培养中',
  last: '确定发展对象 2026年1月8日',
  next: { step: 'candidateFiling', label: DEVELOP_STEP_LABELS.candidateFiling, byOffice: true },
  nextDay: null,
  nextWords: '等待机关党委：报上级党委备案（发展对象）',
  due: [],
  ...extra,
})

const applicant = row({
  id: 'dev-2',
  name: '孙浩',
  stage: 'applicant',
  stageLabel: '入党申请人',
  last: '递交入党申请书 2026年2月20日',
  next: { step: 'talk', label: '派人谈话', byOffice: false },
  nextWords: '派人谈话：现在可以办理',
  due: [{ kind: 'talk', label: '一个月内谈话', due: '2026-03-20', words: '2026年3月20日（还有10天）', overdue: false }],
})

const pipeline = (extra: Partial<DevelopPipeline> = {}): DevelopPipeline => ({
  branchId: 'org-b1',
  branchName: '机关第一党支部',
  today: TODAY,
  source: '依据《中国共产党发展党员工作细则》（2014年）',
  stages: DEVELOP_STAGES.map((s) => ({
    stage: s,
    label: DEVELOP_STAGE_LABELS[s],
    count: s === 'candidate' || s === 'applicant' ? 1 : 0,
  })),
  people: [row(), applicant],
  closed: [],
  dueThisMonth: [{ ...applicant.due[0]!, personId: 'dev-2', name: '孙浩' }],
  ...extra,
})

const emptyPipeline = pipeline({
  stages: DEVELOP_STAGES.map((s) => ({ stage: s, label: DEVELOP_STAGE_LABELS[s], count: 0 })),
  people: [],
  dueThisMonth: [],
})

/** A person's page with the steps before `next` recorded on `days` (one per step, in order). */
function person(next: DevelopStep | null, extra: Partial<DevelopPersonPage> = {}): DevelopPersonPage {
  const upTo = next ? DEVELOP_STEPS.findIndex((s) => s.key === next) : DEVELOP_STEPS.length
  const spec = next ? DEVELOP_STEPS[upTo]! : null
  return {
    today: TODAY,
    person: {
      id: 'dev-1',
      name: '蒋欣然',
      branchId: 'org-b1',
      branchName: '机关第一党支部',
      stage: spec?.stage ?? 'probation',
      stageLabel: '发展对象',
      status: 'active',
      statusLabel: '培养中',
      memberId: null,
      joinDate: null,
      probationEnd: null,
      fullSince: null,
      extensionMonths: null,
      archivedReason: '',
    },
    steps: DEVELOP_STEPS.map((s, i) => ({
      step: s.key,
      label: DEVELOP_STEP_LABELS[s.key],
      stage: s.stage,
      rule: DEVELOP_STEP_RULES[s.key],
      input: s.input,
      by: s.by,
      day: i < upTo ? '2025-01-06' : null,
      byName: i < upTo ? (s.by === 'office' ? '党委办' : '王建华') : '',
      detail: '',
    })),
    reviews: [],
    docs: DEVELOP_DOCS.map((k) => ({ key: k, label: DEVELOP_DOC_LABELS[k], done: false, byName: '' })),
    next: spec
      ? {
          step: spec.key,
          label: DEVELOP_STEP_LABELS[spec.key],
          rule: DEVELOP_STEP_RULES[spec.key],
          input: spec.input,
          by: spec.by,
          earliest: null,
          earliestWords: '',
          canRecord: spec.by === 'branch',
          canAddReview: spec.key === 'candidate',
        }
      : null,
    people: [
      { id: 'm-1', name: '李秀英' },
      { id: 'm-2', name: '王建华' },
      { id: 'm-3', name: '赵国庆' },
    ],
    votes: [],
    due: [],
    canExtend: false,
    binding: null,
    ...extra,
  }
}

describe('党员发展（书记）', () => {
  it('says it is loading, then shows the stages, this month’s deadlines and each person’s next step in one call', async () => {
    let answer: (value: ActionAnswer) => void = () => {}
    const cloud = cloudWithActions({
      'secretary/develop.pipeline': () => new Promise((resolve) => (answer = resolve)),
    })
    render(<DevelopPipelinePage />)
    expect(await screen.findByText('正在加载…')).toBeTruthy()
    answer({ data: pipeline() })

    expect(await screen.findByText('发展对象 1人')).toBeTruthy()
    expect(screen.getByText('申请入党 1人')).toBeTruthy()
    expect(screen.getByText('培养中（2人）')).toBeTruthy()
    expect(screen.getByText('下一步：等待机关党委：报上级党委备案（发展对象）')).toBeTruthy()
    expect(screen.getByText('已办：确定发展对象 2026年1月8日')).toBeTruthy()
    // the applicant's talk is due this month: in 本月要办 and on the applicant's row
    expect(screen.getAllByText('一个月内谈话：2026年3月20日（还有10天）')).toHaveLength(2)
    expect(actionsCalled(cloud)).toEqual(['secretary/develop.pipeline'])
    expect(cloud.calls[0]!.input).toEqual({})

    fireEvent.click(screen.getByText('蒋欣然'))
    expect(recorded.navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: '/packageSecretary/pages/develop-person/index?id=dev-1',
    })
  })

  it('says plainly when nobody is in the pipeline and nothing is due; the office names the branch', async () => {
    const cloud = cloudWithActions({ 'secretary/develop.pipeline': () => ({ data: emptyPipeline }) })
    setRouterParams({ branchId: 'org-b1' })
    render(<DevelopPipelinePage />)
    expect(await screen.findByText('还没有入党申请人')).toBeTruthy()
    expect(screen.getByText('本月没有到期的事项。')).toBeTruthy()
    expect(screen.queryByText('已转正或停止培养')).toBeNull()
    expect(cloud.calls[0]!.input).toEqual({ branchId: 'org-b1' })
  })

  it('records a new applicant with the day the application came in and opens their page', async () => {
    const cloud = cloudWithActions({
      'secretary/develop.pipeline': () => ({ data: emptyPipeline }),
      'secretary/develop.add': () => ({ data: person('talk', { person: { ...person('talk').person, id: 'dev-9' } }) }),
    })
    render(<DevelopPipelinePage />)
    fireEvent.click(await screen.findByText('新增入党申请人'))
    expect(screen.getByText(/一个月内要派人谈话/)).toBeTruthy()
    await typeInto('申请人姓名', '  孙浩 ')
    fireEvent.click(screen.getByText('登记'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/develop.pipeline', 'secretary/develop.add']))
    expect(cloud.calls[1]!.input).toEqual({ branchId: 'org-b1', name: '孙浩', day: TODAY })
    await waitFor(() =>
      expect(recorded.navigations.at(-1)).toEqual({
        kind: 'redirectTo',
        url: '/packageSecretary/pages/develop-person/index?id=dev-9',
      }),
    )
  })

  it('says the server’s refusal of a new applicant in Chinese and stays on the sheet', async () => {
    cloudWithActions({
      'secretary/develop.pipeline': () => ({ data: emptyPipeline }),
      'secretary/develop.add': () => ({ error: { code: 'DEVELOP.FUTURE', message: '日期不能晚于今天' } }),
    })
    render(<DevelopPipelinePage />)
    fireEvent.click(await screen.findByText('新增入党申请人'))
    await typeInto('申请人姓名', '孙浩')
    fireEvent.click(screen.getByText('登记'))
    expect(await screen.findByText(/日期不能晚于今天/)).toBeTruthy()
    expect(recorded.navigations).toEqual([])
  })
})

describe('党员发展 · 一个人', () => {
  it('shows the steps by stage, the next step with its rule and earliest day, in one call', async () => {
    const page = person('candidate', {
      reviews: [
        { day: '2025-07-06', byName: '王建华' },
        { day: '2026-01-06', byName: '王建华' },
      ],
    })
    page.person = { ...page.person, stageLabel: '入党积极分子' }
    page.next = { ...page.next!, earliest: '2026-03-15', earliestWords: '最早2026年3月15日（培养满一年）' }
    const cloud = cloudWithActions({ 'secretary/develop.person': () => ({ data: page }) })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)

    expect(await screen.findByText('记录“确定发展对象”')).toBeTruthy()
    expect(screen.getByText(DEVELOP_STEP_RULES.candidate)).toBeTruthy()
    expect(screen.getByText('最早2026年3月15日（培养满一年）')).toBeTruthy()
    expect(screen.getByText('再记一次半年考察（已考察2次）')).toBeTruthy()
    expect(screen.getByText('半年考察：2025年7月6日、2026年1月6日')).toBeTruthy()
    expect(screen.getByText('✓ 递交入党申请书')).toBeTruthy()
    expect(screen.getByText('○ 政治审查')).toBeTruthy()
    expect(screen.getAllByText('机关党委办理').length).toBeGreaterThan(0)
    expect(screen.getByText('材料清单（已齐0/11）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/develop.person'])
    expect(cloud.calls[0]!.input).toEqual({ personId: 'dev-1' })
  })

  it('records a step on its day and shows the answer in place, without asking again', async () => {
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: person('politicalReview') }),
      'secretary/develop.record': () => ({ data: person('course') }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('记录“政治审查”'))
    fireEvent.click(screen.getByText('记录'))
    await waitFor(() => expect(actionsCalled(cloud)).toEqual(['secretary/develop.person', 'secretary/develop.record']))
    expect(cloud.calls[1]!.input).toEqual({ personId: 'dev-1', step: 'politicalReview', day: TODAY })
    expect(await screen.findByText('记录“集中培训”')).toBeTruthy()
    expect(screen.getByText('✓ 政治审查')).toBeTruthy()
  })

  it('takes two 入党介绍人 from the roster', async () => {
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: person('sponsors') }),
      'secretary/develop.record': () => ({ data: person('politicalReview') }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('记录“确定入党介绍人”'))
    expect(screen.getByText('入党介绍人（两名正式党员）')).toBeTruthy()
    fireEvent.click(screen.getByText('李秀英'))
    fireEvent.click(screen.getByText('赵国庆'))
    expect(screen.getByText('✓ 李秀英')).toBeTruthy()
    fireEvent.click(screen.getByText('记录'))
    await waitFor(() => expect(cloud.calls).toHaveLength(2))
    expect(cloud.calls[1]!.input).toEqual({
      personId: 'dev-1',
      step: 'sponsors',
      day: TODAY,
      memberIds: ['m-1', 'm-3'],
    })
  })

  it('says the rule the server refused by, in Chinese, and keeps the page as it was', async () => {
    cloudWithActions({
      'secretary/develop.person': () => ({ data: person('course') }),
      'secretary/develop.record': () => ({
        error: { code: 'DEVELOP.COURSE_SHORT', message: '集中培训一般不少于3天或24个学时（细则第十七条）' },
      }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('记录“集中培训”'))
    fireEvent.input(await named('days'), { target: { value: '2' } })
    fireEvent.click(screen.getByText('记录'))
    expect(await screen.findByText(/集中培训一般不少于3天或24个学时（细则第十七条）/)).toBeTruthy()
    expect(screen.getByText('○ 集中培训')).toBeTruthy()
  })

  it('asks for a passed 表决 at the 支部党员大会 before sending, and says when there is none yet', async () => {
    const cloud = cloudWithActions({ 'secretary/develop.person': () => ({ data: person('admissionVote') }) })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('记录“支部大会讨论接收”'))
    expect(screen.getByText(/还没有通过的表决。请先召开支部党员大会/)).toBeTruthy()
    fireEvent.click(screen.getByText('记录'))
    expect(await screen.findByText(/请选择支部党员大会上通过的表决/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/develop.person'])
  })

  it('admits on the chosen 表决 and shows the new 预备党员’s binding code from the same answer', async () => {
    const vote = {
      id: 'vote-1',
      label: '2026年3月6日 支部党员大会：关于接收蒋欣然为预备党员（通过）',
      date: '2026-03-06',
    }
    const admitted = person('approvalTalk', {
      binding: { code: 'K7Q2MX', expiresAt: 0 },
    })
    admitted.person = {
      ...admitted.person,
      memberId: 'm-9',
      joinDate: '2026-03-06',
      probationEnd: '2027-03-06',
    }
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: person('admissionVote', { votes: [vote] }) }),
      'secretary/develop.record': () => ({ data: admitted }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('记录“支部大会讨论接收”'))
    expect(screen.getByText(/大会召开的日期就是这一步的日期，也是入党日期/)).toBeTruthy()
    fireEvent.click(screen.getByText(vote.label))
    fireEvent.click(screen.getByText('记录'))
    await waitFor(() => expect(cloud.calls).toHaveLength(2))
    expect(cloud.calls[1]!.input).toEqual({ personId: 'dev-1', step: 'admissionVote', voteId: 'vote-1' })
    expect(await screen.findByText(/绑定码 K7Q2MX，7天内有效/)).toBeTruthy()
    expect(screen.getByText('入党日期：2026年3月6日')).toBeTruthy()
    expect(screen.getByText('预备期至：2027年3月6日')).toBeTruthy()
    // the next step is the office's: no button for the secretary
    expect(screen.getByText('由机关党委记录，办好后这里会更新')).toBeTruthy()
    expect(screen.queryByText('记录“上级党委派人谈话”')).toBeNull()
  })

  it('ticks a paper document in, one call answered with the page', async () => {
    const ticked = person('talk')
    ticked.docs = ticked.docs.map((d) => (d.key === 'application' ? { ...d, done: true, byName: '王建华' } : d))
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: person('talk') }),
      'secretary/develop.tick': () => ({ data: ticked }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    await screen.findByText('材料清单（已齐0/11）')
    fireEvent.click(screen.getAllByText('已收到')[0]!)
    expect(await screen.findByText('材料清单（已齐1/11）')).toBeTruthy()
    expect(cloud.calls[1]!.input).toEqual({ personId: 'dev-1', doc: 'application', done: true })
    expect(screen.getByText('改为未齐')).toBeTruthy()
  })

  it('extends the 预备期 once the year is up, by the months chosen, answered with the page', async () => {
    const due = person('fullVote', { canExtend: true })
    due.person = { ...due.person, joinDate: '2025-03-06', probationEnd: '2026-03-06' }
    const extended = person('fullVote')
    extended.person = { ...due.person, probationEnd: '2026-12-06', extensionMonths: 9 }
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: due }),
      'secretary/develop.extend': () => ({ data: extended }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('延长预备期'))
    expect(screen.getByText(/只能延长一次，不少于半年，最长不超过一年/)).toBeTruthy()
    fireEvent.click(screen.getByText('9个月'))
    fireEvent.click(screen.getByText('延长'))
    await waitFor(() => expect(cloud.calls).toHaveLength(2))
    expect(cloud.calls[1]!.input).toEqual({ personId: 'dev-1', day: TODAY, months: 9 })
    expect(await screen.findByText('预备期至：2026年12月6日（已延长9个月）')).toBeTruthy()
    expect(screen.queryByText('延长预备期')).toBeNull()
  })

  it('stops 培养 only with a reason, and keeps the record', async () => {
    const cloud = cloudWithActions({
      'secretary/develop.person': () => ({ data: person('activist') }),
      'secretary/develop.archive': () => ({ data: emptyPipeline }),
    })
    setRouterParams({ id: 'dev-1' })
    render(<DevelopPersonScreen />)
    fireEvent.click(await screen.findByText('停止培养'))
    expect(screen.getByText(/停止培养后记录仍然保存，不会删除/)).toBeTruthy()
    await typeInto('如：本人申请暂缓、调离本单位', '本人申请暂缓')
    fireEvent.click(screen.getByText('确认停止'))
    await waitFor(() => expect(cloud.calls).toHaveLength(2))
    expect(cloud.calls[1]!.input).toEqual({ personId: 'dev-1', reason: '本人申请暂缓' })
    expect(await screen.findByText('停止培养：本人申请暂缓')).toBeTruthy()
    expect(screen.queryByText(/^记录“/)).toBeNull()
  })
})

const bureau = (extra: Partial<DevelopBureau> = {}): DevelopBureau => {
  const counts = (n: number) =>
    Object.fromEntries(DEVELOP_STAGES.map((s, i) => [s, i === 1 ? n : 0])) as DevelopBureau['total']
  return {
    year: 2026,
    today: TODAY,
    stages: DEVELOP_STAGES.map((s) => ({ stage: s, label: DEVELOP_STAGE_LABELS[s] })),
    branches: [
      { branchId: 'org-b1', name: '机关第一党支部', counts: counts(3), total: 3 },
      { branchId: 'org-b2', name: '机关第二党支部', counts: counts(0), total: 0 },
    ],
    total: counts(3),
    figures: { activists: 7, candidates: 19, admitted: 4, full: 2 },
    dueThisMonth: [
      {
        kind: 'approval',
        label: '上级党委审批期限（三个月）',
        due: '2026-03-01',
        words: '2026年3月1日（已过9天）',
        overdue: true,
        personId: 'dev-5',
        name: '周敏',
        branchName: '机关第一党支部',
      },
    ],
    ...extra,
  }
}

describe('党员发展（机关党委）', () => {
  it('shows the year’s figures, this month’s deadlines and each branch’s counts in one call', async () => {
    const cloud = cloudWithActions({ 'admin/develop.bureau': () => ({ data: bureau() }) })
    render(<DevelopBureauPage />)
    expect(
      await screen.findByText('确定入党积极分子7人，确定发展对象19人，接收预备党员4人，预备党员转正2人'),
    ).toBeTruthy()
    expect(screen.getByText('机关第一党支部（3人）')).toBeTruthy()
    expect(screen.getByText('暂无 ›')).toBeTruthy()
    expect(screen.getByText('上级党委审批期限（三个月）：2026年3月1日（已过9天） ›')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/develop.bureau'])

    fireEvent.click(screen.getByText('机关第一党支部 周敏'))
    expect(recorded.navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: '/packageSecretary/pages/develop-person/index?id=dev-5',
    })
    fireEvent.click(screen.getByText('机关第一党支部（3人）'))
    expect(recorded.navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: '/packageSecretary/pages/develop/index?branchId=org-b1',
    })
  })

  it('says when nothing is due this month', async () => {
    cloudWithActions({ 'admin/develop.bureau': () => ({ data: bureau({ dueThisMonth: [] }) }) })
    render(<DevelopBureauPage />)
    expect(await screen.findByText('本月没有到期的事项。')).toBeTruthy()
  })

  it('exports the year in one call and says it was logged; a refusal is said in Chinese', async () => {
    const link = {
      id: 'e1',
      kind: 'developYear',
      branchId: null,
      scopeName: '全机关',
      year: 2026,
      fileName: '全机关2026年发展党员工作情况.xlsx',
      sizeBytes: 20480,
      createdAt: 0,
      byName: '党委办',
      fileID: 'cloud://exports/e1.xlsx',
      url: 'http://127.0.0.1/file.xlsx',
      expiresAt: 1,
    }
    let refuse = true
    const cloud = cloudWithActions({
      'admin/develop.bureau': () => ({ data: bureau() }),
      'admin/develop.export': () =>
        refuse ? { error: { code: 'EXPORT.TOO_MANY', message: '导出太频繁，请稍后再试' } } : { data: link },
    })
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<DevelopBureauPage />)
    fireEvent.click(await screen.findByText('导出本年度发展党员情况（Excel）'))
    expect(await screen.findByText(/导出太频繁，请稍后再试/)).toBeTruthy()
    refuse = false
    fireEvent.click(screen.getByText('导出本年度发展党员情况（Excel）'))
    expect(await screen.findByText('✓ 已导出《全机关2026年发展党员工作情况.xlsx》，导出已记入审计日志。')).toBeTruthy()
    expect(cloud.calls.filter((c) => c.action === 'develop.export').map((c) => c.input)).toEqual([
      { year: 2026 },
      { year: 2026 },
    ])
  })
})

const branchOverview = (develop: BranchOverview['develop']): BranchOverview => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  month: '2026-03',
  members: { total: 12, bound: 12 },
  activities: { published: 1, closed: 0 },
  waiting: { leavePending: 0, makeupSubmitted: 0, paymentsReported: 0 },
  dues: {
    month: '2026-03',
    open: false,
    collectionDay: 15,
    members: 0,
    settled: 0,
    dueFen: 0,
    paidFen: 0,
    ratePct: null,
  },
  compliance: { year: 2026, checks: [], toHold: [], missed: [] },
  develop,
})

describe('本月要办 on 支部管理 and on 机关党委', () => {
  it('says the branch’s 党员发展 due this month, in the same one call, and opens the pipeline', async () => {
    const cloud = cloudWithActions({
      'secretary/overview.branch': () => ({ data: branchOverview({ people: 5, due: 2, overdue: 1 }) }),
    })
    render(<SecretaryOverviewPage />)
    fireEvent.click(await screen.findByText('党员发展本月要办2项，其中1项已过期 ›'))
    expect(recorded.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packageSecretary/pages/develop/index' })
    // The tile's badge says the same count.
    expect(screen.getByLabelText('党员发展，2项本月要办')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/overview.branch'])
  })

  it('says how many are in the pipeline when nothing is due', async () => {
    cloudWithActions({
      'secretary/overview.branch': () => ({ data: branchOverview({ people: 5, due: 0, overdue: 0 }) }),
    })
    render(<SecretaryOverviewPage />)
    expect(await screen.findByText('党员发展：培养中5人，本月无到期')).toBeTruthy()
    fireEvent.click(screen.getByText('党员发展'))
    expect(recorded.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packageSecretary/pages/develop/index' })
    expect(screen.queryByText(/党员发展本月要办/)).toBeNull()
  })

  it('gives the office what is due across the bureau in one call, opening its 党员发展', async () => {
    const cloud = cloudWithActions({ 'admin/develop.bureau': () => ({ data: bureau() }) })
    render(<AdminOverviewPage />)
    fireEvent.click(await screen.findByText('党员发展本月要办1项，其中1项已过期 ›'))
    expect(recorded.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packageAdmin/pages/develop/index' })
    expect(screen.getByLabelText('党员发展，1项本月要办')).toBeTruthy()
    expect(screen.getByText('组织与名册')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/develop.bureau'])
  })

  it('tells anyone not of the office that the page is not theirs', async () => {
    cloudWithActions({
      'admin/develop.bureau': () => ({ error: { code: 'AUTH.FORBIDDEN', message: '没有权限' } }),
    })
    render(<AdminOverviewPage />)
    expect(await screen.findByText('您没有权限查看这里')).toBeTruthy()
  })
})
