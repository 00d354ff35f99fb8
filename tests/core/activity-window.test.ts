import { chinaInstant } from '../../core/dates'
import { leaveWindow, signInWindow, SIGN_IN_LEAD_MS } from '../../core/activity/window'
import {
  codeStep,
  nextChangeAt,
  parseQrPayload,
  parseScan,
  parseScene,
  qrPayload,
  sceneOf,
  CODE_STEP_MS,
  SCENE_PATTERN,
} from '../../core/activity/code'

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

  it('fits the 小程序码’s scene in WeChat’s 32 characters and reads it back, encoded or not', () => {
    const scene = sceneOf('Ab3dE9xQ', '012345')
    expect(scene).toBe('k=Ab3dE9xQ&c=012345')
    expect(SCENE_PATTERN.test(scene)).toBe(true)
    expect(parseScene(scene)).toEqual({ signInKey: 'Ab3dE9xQ', code: '012345' })
    expect(parseScene(encodeURIComponent(scene))).toEqual({ signInKey: 'Ab3dE9xQ', code: '012345' })
    for (const bad of ['', 'k=Ab3dE9xQ', 'k=Ab3d&c=012345', 'k=Ab3dE9xQ&c=12345a', '%E0%A4%A', 'c=012345&k=Ab3dE9x!']) {
      expect(parseScene(bad)).toBeNull()
    }
  })

  it('reads what the in-app scanner answers: a 小程序码’s path, or the plain QR’s text', () => {
    expect(parseScan({ path: 'pages/signin/index?scene=k%3DAb3dE9xQ%26c%3D012345', result: '' })).toEqual({
      signInKey: 'Ab3dE9xQ',
      code: '012345',
    })
    expect(parseScan({ result: 'pages/signin/index?a=abc_1&c=012345' })).toEqual({
      activityId: 'abc_1',
      code: '012345',
    })
    expect(parseScan({ path: 'pages/home/index?scene=k%3DAb3dE9xQ%26c%3D012345' })).toBeNull()
    expect(parseScan({ path: 'pages/signin/index?scene=junk' })).toBeNull()
    expect(parseScan({ result: '党建助手' })).toBeNull()
  })
})
