/** Sign-in: the rotating code, the window and its messages, the geofence, and one record however often. */
import type { LocalCloud } from '../../localcloud/server'
import type { AttendanceDoc } from '../../server/actions/activity/model'
import { codeForStep } from '../../server/actions/activity/sign-code'
import { codeStep, parseQrPayload } from '../../core/activity/code'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { at, codeNow, docs, insertActivity, TEST_SECRET } from '../helpers/activity-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  await insertActivity(cloud)
})

const ID = 'act-1'
const signIn = (code: string, extra: object = {}, who: string = WORLD.memberA1) =>
  asMember(cloud, who).call('member', 'attendance.signIn', { activityId: ID, code, ...extra })

describe('the code on the secretary’s phone', () => {
  it('shows a code and QR only in the window, changing every 30 seconds', async () => {
    cloud.clock.set(at('2026-03-06 14:00'))
    const early = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId: ID })
    expect(early).toMatchObject({ code: null, window: { state: 'notYet', message: '签到将于3月6日 14:30开始' } })
    cloud.clock.set(at('2026-03-06 15:00') + 5_000)
    const live = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId: ID })
    expect(live.code).toMatchObject({
      code: expect.stringMatching(/^\d{6}$/),
      stepMs: 30_000,
      changesAt: at('2026-03-06 15:00') + 30_000,
    })
    expect(parseQrPayload(live.code!.qrPayload)).toEqual({ activityId: ID, code: live.code!.code })
    expect(live.roster.counts).toMatchObject({ expected: 5, waiting: 5, present: 0 })
    cloud.clock.set(at('2026-03-06 15:00') + 35_000)
    const next = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId: ID })
    expect(next.code!.code).not.toBe(live.code!.code)
  })
})

describe('signing in', () => {
  beforeEach(() => cloud.clock.set(at('2026-03-06 15:02')))

  it('accepts the current code once, and a second time is harmless', async () => {
    const code = codeNow(cloud)
    const first = await signIn(code, { via: 'qr' })
    expect(first).toMatchObject({
      ok: true,
      data: { activityId: ID, method: 'qr', already: false, distanceM: null, title: '3月党员集中活动日' },
    })
    const second = await signIn(code)
    expect(second).toMatchObject({ ok: true, data: { method: 'qr', already: true } })
    if (first.ok && second.ok) expect(second.data.at).toBe(first.data.at)
    expect(await docs(cloud, 'attendance', { activityId: ID })).toHaveLength(1)
    const page = await asMember(cloud).ok('member', 'activity.get', { activityId: ID })
    expect(page.me).toMatchObject({ status: 'present', attendance: { method: 'qr' }, can: { signIn: false } })
  })

  it('the same member signing in 20 times at once makes one record', async () => {
    const code = codeNow(cloud)
    const replies = await Promise.all(Array.from({ length: 20 }, () => signIn(code)))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(replies.filter((r) => r.ok && !r.data.already)).toHaveLength(1)
    expect(await docs<AttendanceDoc>(cloud, 'attendance', { activityId: ID })).toEqual([
      expect.objectContaining({ _id: `${ID}_${WORLD.memberA1}`, status: 'present', source: 'member' }),
    ])
  })

  it('keeps the previous code valid for one step, and calls an older one expired', async () => {
    const step = codeStep(cloud.clock.now())
    expect(await signIn(codeForStep(TEST_SECRET, step - 1))).toMatchObject({ ok: true })
    const expired = await signIn(codeForStep(TEST_SECRET, step - 2), {}, WORLD.memberA2)
    expect(expired).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.CODE_EXPIRED', message: expect.stringContaining('每30秒更换一次') },
    })
    const next = codeForStep(TEST_SECRET, step + 1)
    const wrong = await signIn(next === '000000' ? '000001' : '000000', {}, WORLD.memberA2)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.CODE_WRONG' } })
  })

  it('a screenshot forwarded after the activity does not work, and says why', async () => {
    const code = codeNow(cloud)
    cloud.clock.set(at('2026-03-06 17:05'))
    expect(await signIn(code)).toMatchObject({
      ok: false,
      error: {
        code: 'ATTENDANCE.WINDOW_CLOSED',
        message: '活动已于3月6日 17:00结束，不能再签到；如确实参加了，请联系书记补签',
      },
    })
  })

  it('before the window it says when it opens', async () => {
    cloud.clock.set(at('2026-03-06 14:10'))
    expect(await signIn(codeNow(cloud))).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.WINDOW_NOT_OPEN', message: '签到将于3月6日 14:30开始' },
    })
    cloud.clock.set(at('2026-03-06 14:30'))
    expect(await signIn(codeNow(cloud))).toMatchObject({ ok: true })
  })

  it('refuses a member who is not expected, and one of another branch', async () => {
    await insertActivity(cloud, { _id: 'act-2', type: 'committeeMeeting', expectedIds: [WORLD.secretaryA] })
    const res = await asMember(cloud).call('member', 'attendance.signIn', { activityId: 'act-2', code: codeNow(cloud) })
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.NOT_EXPECTED', message: '这次活动不需要您参加' },
    })
    expect(await signIn(codeNow(cloud), {}, WORLD.memberB1)).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY.NOT_FOUND' },
    })
  })

  it('checks the code before it is six digits', async () => {
    expect(await signIn('12ab56')).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', message: '签到码是6位数字' },
    })
  })
})

describe('with a geofence', () => {
  const fence = { lat: 30.5928, lng: 114.3055, radiusM: 200 }
  beforeEach(async () => {
    await insertActivity(cloud, { geofence: fence })
    cloud.clock.set(at('2026-03-06 15:02'))
  })

  it('asks for the position, refuses from afar with the distance, and keeps only the distance', async () => {
    expect(await signIn(codeNow(cloud))).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.POSITION_REQUIRED' } })
    const far = await signIn(codeNow(cloud), { position: { lat: 30.6028, lng: 114.3055 } })
    expect(far).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.TOO_FAR', message: '您距离活动地点约1.1公里，需要在200米以内才能签到' },
    })
    const near = await signIn(codeNow(cloud), { position: { lat: 30.5936, lng: 114.3055, accuracyM: 20 } })
    expect(near).toMatchObject({ ok: true, data: { distanceM: 89 } })
    const [record] = await docs<Record<string, unknown>>(cloud, 'attendance', { activityId: ID })
    expect(record.distanceM).toBe(89)
    expect(JSON.stringify(record)).not.toContain('30.5936')
  })
})

describe('the roster shows how each came', () => {
  it('counts by method and shows manual sign-ins with who and why', async () => {
    cloud.clock.set(at('2026-03-06 15:02'))
    await signIn(codeNow(cloud), { via: 'qr' })
    await signIn(codeNow(cloud), {}, WORLD.memberA2)
    await asSecretary(cloud).ok('secretary', 'attendance.markPresent', {
      activityId: ID,
      memberId: WORLD.unboundA,
      reason: '未绑定微信，现场签字',
    })
    const view = await asAdmin(cloud).ok('secretary', 'activity.roster', { activityId: ID })
    expect(view.counts).toMatchObject({ expected: 5, present: 3, waiting: 2, byMethod: { qr: 1, code: 1, manual: 1 } })
    expect(view.rows.find((r) => r.memberId === WORLD.unboundA)).toMatchObject({
      status: 'present',
      attendance: { method: 'manual', byName: '甲书记', reason: '未绑定微信，现场签字', corrected: false },
    })
    expect(view.rows[0].memberId).toBe(WORLD.secretaryA)
  })
})
