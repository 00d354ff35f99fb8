import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { MotionView, VotePage } from '@core/contract/vote'
import type { MinutesReading } from '@core/contract/minutes'
import { recorded, setRouterParams } from '../setup/taro'
import VotePageScreen from '@/packageSecretary/pages/vote/index'
import MemberMinutesPage from '@/packageMember/pages/minutes/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'
import { march6 } from '../helpers/activity'

beforeEach(freshLaunch)

const activity: VotePage['activity'] = {
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

const figures: VotePage['figures'] = {
  entitled: 10,
  present: 7,
  probationary: 2,
  absent: 3,
  quorumNeeded: 6,
  valid: true,
  threshold: 6,
  lines: [
    '应到会有表决权的正式党员10人，到会7人（另有预备党员2人，没有表决权，不计在内）',
    '到会7人，超过应到10人的半数（至少6人），会议有效',
    '赞成票须超过应到会有表决权的正式党员10人的半数，即至少6票（按应到人数算，不按到会人数算）',
  ],
}

const failed: MotionView = {
  id: 'vote-1',
  title: '关于调整党小组设置的决议',
  tally: { for: 5, against: 1, abstain: 1, written: 0 },
  figures: { entitled: 10, present: 7 },
  outcome: 'failed',
  outcomeLabel: '未通过',
  valid: true,
  threshold: 6,
  lines: [
    '应到会有表决权的正式党员10人，到会7人（另有预备党员2人，没有表决权，不计在内）',
    '赞成5票，反对1票，弃权1票',
    '赞成5票，没有超过应到会有表决权的10人的半数（至少6票），未通过；虽然超过了所投7票的半数，但通过要按应到人数算',
  ],
  subject: null,
  recordedAt: march6('17:10'),
  recordedByName: '王建华',
  corrections: [],
}

const page = (extra: Partial<VotePage> = {}): VotePage => ({
  activity,
  figures,
  motions: [],
  can: { record: true },
  recordBlocked: null,
  figuresChanged: null,
  ...extra,
})

/** The inner <input> of a field, by its name. */
const input = (name: string) =>
  waitFor(() => {
    const el = document.querySelector(`input[name="${name}"]`)
    if (!el) throw new Error(`no input named ${name}`)
    return el
  })
const type = async (name: string, value: string) => fireEvent.input(await input(name), { target: { value } })

describe('表决（书记）', () => {
  it('shows who may vote and who came, from the sign-in, and the threshold, in one call', async () => {
    const cloud = cloudWithActions({ 'secretary/vote.get': () => ({ data: page() }) })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)

    expect(await screen.findByText('第一季度支部党员大会')).toBeTruthy()
    expect(screen.getByText('10人')).toBeTruthy()
    expect(screen.getByText('7人')).toBeTruthy()
    expect(screen.getByText('6票')).toBeTruthy()
    expect(screen.getByText('✓ 会议有效，可以表决')).toBeTruthy()
    expect(screen.getByText(figures.lines[2])).toBeTruthy()
    expect(screen.getByText('还没有录入表决')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/vote.get'])
    expect(cloud.calls[0].input).toEqual({ activityId: 'act-1' })
  })

  it('enters a motion, shows what it would come to as it is typed, and shows the answer in place', async () => {
    const cloud = cloudWithActions({
      'secretary/vote.get': () => ({ data: page() }),
      'secretary/vote.record': () => ({ data: page({ motions: [failed] }) }),
    })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)

    fireEvent.click(await screen.findByText('录入一项表决'))
    await type('title', '关于调整党小组设置的决议')
    await type('for', '5')
    await type('against', '1')
    await type('abstain', '1')
    expect(await screen.findByText('这样录入，结果是：未通过')).toBeTruthy()
    fireEvent.click(screen.getByText('录入'))

    await waitFor(() => expect(recorded.toasts).toContain('已录入'))
    expect(cloud.calls[1].input).toEqual({
      activityId: 'act-1',
      title: '关于调整党小组设置的决议',
      tally: { for: 5, against: 1, abstain: 1, written: 0 },
    })
    expect(await screen.findByText('✗ 未通过')).toBeTruthy()
    expect(screen.getByText(failed.lines[2])).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/vote.get', 'secretary/vote.record'])
  })

  it('says an impossible tally before sending, and a box that is not a whole number', async () => {
    const cloud = cloudWithActions({ 'secretary/vote.get': () => ({ data: page() }) })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)

    fireEvent.click(await screen.findByText('录入一项表决'))
    await type('for', '8')
    expect(await screen.findByText(/合计8票，超过了到会有表决权的7人加书面意见0份/)).toBeTruthy()
    await type('for', '-1')
    fireEvent.click(screen.getByText('录入'))
    expect(await screen.findByText('✗ 请填写0或正整数')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/vote.get'])
  })

  it('says the server’s refusal in its words', async () => {
    cloudWithActions({
      'secretary/vote.get': () => ({ data: page() }),
      'secretary/vote.record': () => ({
        error: {
          code: 'VOTE.WRITTEN_OVER',
          message: '书面意见4份，多于没有到会的有表决权党员3人（应到10人，到会7人）',
        },
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)
    fireEvent.click(await screen.findByText('录入一项表决'))
    await type('title', '关于表彰的决议')
    await type('for', '6')
    fireEvent.click(screen.getByText('录入'))
    expect(await screen.findByText(/书面意见4份，多于没有到会的有表决权党员3人/)).toBeTruthy()
  })

  it('corrects a tally only with a reason', async () => {
    const corrected: MotionView = {
      ...failed,
      tally: { for: 6, against: 1, abstain: 0, written: 0 },
      outcome: 'passed',
      outcomeLabel: '通过',
      corrections: [
        {
          at: march6('18:00'),
          byName: '王建华',
          reason: '点票有误',
          before: '赞成5票，反对1票，弃权1票',
          beforeFigures: null,
        },
      ],
    }
    const cloud = cloudWithActions({
      'secretary/vote.get': () => ({ data: page({ motions: [failed] }) }),
      'secretary/vote.correct': () => ({ data: page({ motions: [corrected] }) }),
    })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)

    fireEvent.click(await screen.findByText('更正票数'))
    await type('for', '6')
    await type('abstain', '0')
    fireEvent.click(screen.getByText('保存更正'))
    expect(await screen.findByText('✗ 请填写更正原因')).toBeTruthy()
    await type('reason', '点票有误')
    fireEvent.click(screen.getByText('保存更正'))

    await waitFor(() => expect(recorded.toasts).toContain('已更正'))
    expect(cloud.calls[1].input).toEqual({
      voteId: 'vote-1',
      tally: { for: 6, against: 1, abstain: 0, written: 0 },
      reason: '点票有误',
    })
    expect(await screen.findByText('✓ 通过')).toBeTruthy()
    expect(screen.getByText('原来是：赞成5票，反对1票，弃权1票')).toBeTruthy()
  })

  it('says why nothing can be entered yet, and when the sign-in changed after entry', async () => {
    cloudWithActions({
      'secretary/vote.get': () => ({
        data: page({
          can: { record: false },
          recordBlocked: '会议开始后才能录入表决结果',
          figuresChanged: '录入后签到有变化：“关于调整党小组设置的决议”录入时应到10人、到会6人',
          motions: [failed],
        }),
      }),
    })
    setRouterParams({ id: 'act-1' })
    render(<VotePageScreen />)
    expect(await screen.findByText(/会议开始后才能录入表决结果/)).toBeTruthy()
    expect(screen.getByText(/录入后签到有变化/)).toBeTruthy()
    expect(screen.queryByText('录入一项表决')).toBeNull()
  })
})

describe('表决 in the minutes a member reads', () => {
  it('shows each motion and its result, read-only', async () => {
    const reading: MinutesReading = {
      activity,
      attendance: { expected: 12, present: ['王建华'], onLeave: [], leavePending: [], absent: [] },
      minutes: null,
      votes: [failed],
    }
    cloudWithActions({ 'member/minutes.read': () => ({ data: reading }) })
    setRouterParams({ id: 'act-1' })
    render(<MemberMinutesPage />)
    expect(await screen.findByText('表决（1项）')).toBeTruthy()
    expect(screen.getByText('关于调整党小组设置的决议')).toBeTruthy()
    expect(screen.getByText('✗ 未通过')).toBeTruthy()
    expect(screen.queryByText('更正票数')).toBeNull()
  })
})
