import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { MinutesPage, MinutesReading, MinutesView } from '@core/contract/minutes'
import { answerModals, recorded, setRouterParams } from '../setup/taro'
import SecretaryMinutesPage from '@/packageSecretary/pages/minutes/index'
import MemberMinutesPage from '@/packageMember/pages/minutes/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { march6 } from '../helpers/activity'

beforeEach(freshLaunch)

const activity: MinutesPage['activity'] = {
  id: 'act-1',
  type: 'generalMeeting',
  title: '第一季度支部党员大会',
  status: 'closed',
  startAt: march6('15:00'),
  endAt: march6('17:00'),
  place: '机关三楼党员活动室',
  scheduleId: null,
  edited: false,
  branchName: '机关第一党支部',
}

const attendance: MinutesPage['attendance'] = {
  expected: 5,
  present: ['王建华', '李秀英', '张志强'],
  onLeave: ['刘海燕'],
  leavePending: [],
  absent: ['陈立新'],
}

const people = [
  { id: 'm-1', name: '王建华' },
  { id: 'm-2', name: '李秀英' },
  { id: 'm-3', name: '张志强' },
]

const minutes = (extra: Partial<MinutesView> = {}): MinutesView => ({
  status: 'draft',
  host: { id: 'm-1', name: '王建华' },
  recorder: { id: 'm-2', name: '李秀英' },
  topics: '讨论确定入党积极分子',
  summary: '王建华通报了本季度工作。',
  resolutions: '',
  photos: [],
  attachments: [],
  updatedAt: march6('18:00'),
  updatedByName: '李秀英',
  confirmedAt: null,
  confirmedByName: null,
  amendments: [],
  ...extra,
})

const page = (extra: Partial<MinutesPage> = {}): MinutesPage => ({
  activity,
  attendance,
  minutes: null,
  votes: [],
  people,
  can: { save: true, confirm: false, amend: false },
  confirmBlocked: '请先写好并保存会议记录',
  ...extra,
})

const confirmedPage = () =>
  page({
    minutes: minutes({
      status: 'confirmed',
      resolutions: '同意确定两名同志为入党积极分子。',
      confirmedAt: march6('19:00'),
      confirmedByName: '王建华',
      amendments: [{ at: march6('20:00'), byName: '王建华', reason: '补记一项决议', fields: ['决议事项'] }],
    }),
    can: { save: false, confirm: false, amend: true },
    confirmBlocked: null,
  })

describe('会议记录（书记）', () => {
  it('shows the meeting and who came, by name, from the sign-in, in one call', async () => {
    const cloud = cloudWithActions({ 'secretary/minutes.get': () => ({ data: page() }) })
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    expect(await screen.findByText('第一季度支部党员大会')).toBeTruthy()
    expect(screen.getByText('应到5人，实到3人，请假1人，缺席1人')).toBeTruthy()
    expect(screen.getByText('王建华、李秀英、张志强')).toBeTruthy()
    expect(screen.getByText('刘海燕')).toBeTruthy()
    expect(screen.getByText('陈立新')).toBeTruthy()
    expect(screen.getByText('这些名单来自活动签到，不用另外填写。')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get'])
    expect(cloud.calls[0].input).toEqual({ activityId: 'act-1' })
  })

  it('saves a draft with what is on the form and shows the answer without asking again', async () => {
    const saved = page({
      minutes: minutes({ topics: '学习党章', summary: '大家逐一发言。', updatedAt: march6('18:30') }),
      can: { save: true, confirm: true, amend: false },
      confirmBlocked: null,
    })
    const cloud = cloudWithActions({
      'secretary/minutes.get': () => ({ data: page() }),
      'secretary/minutes.save': () => ({ data: saved }),
    })
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    fireEvent.click((await screen.findAllByText('请选择'))[0])
    fireEvent.click(screen.getAllByText('王建华').at(-1)!)
    fireEvent.click(screen.getAllByText('请选择')[0])
    fireEvent.click(screen.getAllByText('李秀英').at(-1)!)
    await typeInto('如： 1. 传达学习上级会议精神 2. 研究本季度发展党员工作', '学习党章')
    await typeInto('如：张书记传达了……；王某某发言认为……', '大家逐一发言。')
    expect(screen.getByText('ⓘ 暂时不能确认：请先写好并保存会议记录')).toBeTruthy()
    fireEvent.click(screen.getByText('保存草稿'))

    await waitFor(() => expect(recorded.toasts).toContain('已保存草稿'))
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get', 'secretary/minutes.save'])
    expect(cloud.calls[1].input).toEqual({
      activityId: 'act-1',
      hostId: 'm-1',
      recorderId: 'm-2',
      topics: '学习党章',
      summary: '大家逐一发言。',
      resolutions: '',
      photos: [],
      attachments: [],
    })
    expect(await screen.findByText('会议记录（草稿）')).toBeTruthy()
    expect(screen.queryByText(/暂时不能确认/)).toBeNull()
  })

  it('says in words why the minutes cannot be confirmed yet, and keeps the button off', async () => {
    const cloud = cloudWithActions({
      'secretary/minutes.get': () => ({
        data: page({ minutes: minutes({ summary: '' }), confirmBlocked: '还没有填写：发言要点 / 内容摘要' }),
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    expect(await screen.findByText('ⓘ 暂时不能确认：还没有填写：发言要点 / 内容摘要')).toBeTruthy()
    fireEvent.click(screen.getByText('确认会议记录'))
    expect(recorded.modals).toEqual([])
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get'])
  })

  it('asks before confirming, and sends nothing when the secretary holds back', async () => {
    const ready = page({ minutes: minutes(), can: { save: true, confirm: true, amend: false }, confirmBlocked: null })
    const cloud = cloudWithActions({
      'secretary/minutes.get': () => ({ data: ready }),
      'secretary/minutes.confirm': () => ({ data: confirmedPage() }),
    })
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    answerModals(false, true)
    fireEvent.click(await screen.findByText('确认会议记录'))
    await waitFor(() => expect(recorded.modals).toEqual(['确认会议记录']))
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get'])

    fireEvent.click(screen.getByText('确认会议记录'))
    expect(await screen.findByText('确认人：王建华，2026年3月6日 19:00')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get', 'secretary/minutes.confirm'])
    expect(cloud.calls[1].input).toEqual({ activityId: 'act-1' })
    expect(screen.getByText('修改记录（1次）')).toBeTruthy()
    expect(screen.getByText('原因：补记一项决议')).toBeTruthy()
    expect(screen.getByText('改了：决议事项')).toBeTruthy()
  })

  it('amends confirmed minutes only with a reason, and shows the cloud’s refusal in words', async () => {
    let amends = 0
    const cloud = cloudWithActions({
      'secretary/minutes.get': () => ({ data: confirmedPage() }),
      'secretary/minutes.amend': () => {
        amends += 1
        return amends === 1
          ? {
              error: { code: 'MINUTES.CHANGED_MEANWHILE', message: '会议记录刚被别人修改过，请刷新后再改' },
              status: 409,
            }
          : { data: confirmedPage() }
      },
    })
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    fireEvent.click(await screen.findByText('修改会议记录'))
    await typeInto(
      '如：同意确定某某为发展对象，由组织委员负责报机关党委',
      '同意确定两名同志为入党积极分子。另：开展志愿服务。',
    )
    fireEvent.click(screen.getByText('保存修改'))
    expect(await screen.findByText('✗ 请填写修改原因')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/minutes.get'])

    await typeInto('如：补充会上遗漏的一项决议', '补记志愿服务')
    fireEvent.click(screen.getByText('保存修改'))
    expect(await screen.findByText('✗ 会议记录刚被别人修改过，请刷新后再改')).toBeTruthy()

    fireEvent.click(screen.getByText('保存修改'))
    await waitFor(() => expect(recorded.toasts).toContain('已保存修改'))
    expect(actionsCalled(cloud)).toEqual([
      'secretary/minutes.get',
      'secretary/minutes.amend',
      'secretary/minutes.amend',
    ])
    expect(cloud.calls[2].input).toMatchObject({
      activityId: 'act-1',
      reason: '补记志愿服务',
      resolutions: '同意确定两名同志为入党积极分子。另：开展志愿服务。',
    })
    expect(await screen.findByText('修改会议记录')).toBeTruthy()
  })

  it('uploads a photo into the meeting’s folder and sends its fileID with the draft', async () => {
    const cloud = cloudWithActions(
      {
        'secretary/minutes.get': () => ({ data: page({ minutes: minutes() }) }),
        'secretary/minutes.save': () => ({ data: page({ minutes: minutes({ updatedAt: march6('18:40') }) }) }),
      },
      { upload: () => ({ body: { fileID: 'cloud://local.minutes/act-1/1.jpg' } }) },
    )
    setRouterParams({ id: 'act-1' })
    render(<SecretaryMinutesPage />)

    const input = await screen.findByLabelText('添加照片')
    fireEvent.change(input, { target: { files: [new File(['x'], '会场.jpg', { type: 'image/jpeg' })] } })
    expect(await screen.findByText('照片（1/9）')).toBeTruthy()
    expect(cloud.uploads[0].cloudPath).toMatch(/^minutes\/act-1\/\d+\.jpg$/)

    fireEvent.click(screen.getByText('保存草稿'))
    await waitFor(() => expect(actionsCalled(cloud)).toContain('secretary/minutes.save'))
    expect(cloud.calls[1].input).toMatchObject({ photos: ['cloud://local.minutes/act-1/1.jpg'] })
  })
})

describe('会议记录（党员）', () => {
  const reading = (extra: Partial<MinutesReading> = {}): MinutesReading => ({
    activity,
    attendance,
    minutes: null,
    votes: [],
    ...extra,
  })

  it('says plainly when the minutes are not ready yet, beside who came', async () => {
    const cloud = cloudWithActions({ 'member/minutes.read': () => ({ data: reading() }) })
    setRouterParams({ id: 'act-1' })
    render(<MemberMinutesPage />)

    expect(await screen.findByText('书记还没有整理好这次会议的记录')).toBeTruthy()
    expect(screen.getByText('王建华、李秀英、张志强')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/minutes.read'])
  })

  it('reads confirmed minutes with their amendments', async () => {
    cloudWithActions({ 'member/minutes.read': () => ({ data: reading({ minutes: confirmedPage().minutes }) }) })
    setRouterParams({ id: 'act-1' })
    render(<MemberMinutesPage />)

    expect(await screen.findByText('讨论确定入党积极分子')).toBeTruthy()
    expect(screen.getByText('同意确定两名同志为入党积极分子。')).toBeTruthy()
    expect(screen.getByText('原因：补记一项决议')).toBeTruthy()
    expect(screen.queryByText('修改会议记录')).toBeNull()
  })
})
