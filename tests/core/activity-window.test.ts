import { chinaInstant } from '../../core/dates'
import { leaveWindow, signInWindow, SIGN_IN_LEAD_MS } from '../../core/activity/window'
import { codeStep, nextChangeAt, parseQrPayload, qrPayload, CODE_STEP_MS } from '../../core/activity/code'

const start = chinaInstant('2026-03-06 15:00')
const end = chinaInstant('2026-03-06 17:00')
const published = { status: 'published' as const, startAt: start, endAt: end }

describe('sign-in window', () => {
  it.each([
    ['2026-03-06 14:29', 'notYet', '签到将于3月6日 14:30开始'],
    ['2026-03-05 09:00', 'notYet', '签到将于3月6日 14:30开始'],
    ['2026-03-06 14:30', 'open', undefined],
    ['2026-03-06 16:59', 'open', undefined],
    ['2026-03-06 17:00', 'open', undefined],
    ['2026-03-06 17:01', 'ended', '活动已于3月6日 17:00结束，不能再签到；如确实参加了，请联系书记补签'],
  ])('at %s it is %s', (at, state, message) => {
    const w = signInWindow(published, chinaInstant(at))
    expect(w.state).toBe(state)
    expect(w).toMatchObject({ opensAt: start - SIGN_IN_LEAD_MS, closesAt: end })
    if (message) expect(w).toMatchObject({ message })
  })

  it('is shut for a closed or unpublished activity whatever the time', () => {
    const at = chinaInstant('2026-03-06 15:30')
    expect(signInWindow({ ...published, status: 'closed' }, at).state).toBe('closed')
    expect(signInWindow({ ...published, status: 'planned' }, at).state).toBe('notPublished')
  })
})

describe('leave window', () => {
  it('is open until the start and then says when it started', () => {
    expect(leaveWindow(published, start - 1)).toEqual({ open: true })
    expect(leaveWindow(published, start)).toEqual({
      open: false,
      message: '活动已于3月6日 15:00开始，不能再请假；如有特殊情况请直接联系书记',
    })
  })
})

describe('code timing and QR payload', () => {
  it('steps every 30 seconds and says when the next code comes', () => {
    const t = 1_772_780_412_345
    expect(codeStep(t + CODE_STEP_MS)).toBe(codeStep(t) + 1)
    expect(nextChangeAt(t) - t).toBeGreaterThan(0)
    expect(nextChangeAt(t) - t).toBeLessThanOrEqual(CODE_STEP_MS)
    expect(nextChangeAt(t) % CODE_STEP_MS).toBe(0)
  })

  it('round-trips the QR payload and ignores anything else', () => {
    expect(qrPayload('org-b1_activityDay_2026-03', '012345')).toBe(
      'pages/signin/index?a=org-b1_activityDay_2026-03&c=012345',
    )
    expect(parseQrPayload('/pages/signin/index?a=abc_1&c=012345')).toEqual({ activityId: 'abc_1', code: '012345' })
    expect(parseQrPayload('https://example.com/x')).toBeNull()
    expect(parseQrPayload('pages/signin/index?a=abc&c=12')).toBeNull()
    expect(parseQrPayload('pages/signin/index?a=a%2Fb&c=123456')).toBeNull()
  })
})
