/**
 * Sign-in from WeChat's own 扫一扫 (issue 21): the live screen's 小程序码, made once per code and
 * kept in cloud storage; the sign-in page opened with its scene; and what a stale, foreign or
 * malformed code gets — words, and no record.
 */
import { parseScan, SIGN_IN_KEY_PATTERN } from '../../core/activity/code'
import type { LiveView } from '../../core/contract/activity'
import type { LocalCloud } from '../../localcloud/server'
import { startLocalCloud } from '../../localcloud/server'
import type { AttendanceDoc } from '../../server/actions/activity/model'
import type { SignInCodeDoc } from '../../server/actions/activity/wxacode'
import { at, codeNow, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { asMember, asSecretary, seedWorld, startTestCloud, testCloudConfig, WORLD } from '../helpers/cloud'
import { decodeQrPng } from '../helpers/decode-qr'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  // Made before sign-in keys existed: no key yet.
  await insertActivity(cloud)
  cloud.clock.set(at('2026-03-06 15:02'))
})

const ID = 'act-1'
const live = () => asSecretary(cloud).ok('secretary', 'activity.live', { activityId: ID })

/** What a member's camera reads off the secretary's screen: the 小程序码 downloaded and decoded. */
async function scanScreen(view: LiveView): Promise<{ path: string; signInKey: string; code: string }> {
  const url = view.code?.wxacodeUrl
  if (!url) throw new Error('no 小程序码 on the screen')
  const res = await fetch(url)
  expect(res.status).toBe(200)
  const path = decodeQrPng(Buffer.from(await res.arrayBuffer()))
  if (!path) throw new Error('the image holds no code')
  const scanned = parseScan({ path })
  if (!scanned || !('signInKey' in scanned)) throw new Error(`not a sign-in 小程序码: ${path}`)
  return { path, ...scanned }
}

/** The activity's sign-in key and latest 小程序码, as the cloud keeps them. */
const codes = async () => (await docs<SignInCodeDoc>(cloud, 'signInCodes', { _id: ID }))[0]

describe('the 小程序码 on the secretary’s screen', () => {
  it('opens the sign-in page with a scene of at most 32 characters: the activity’s key and the current code', async () => {
    const view = await live()
    const scanned = await scanScreen(view)

    expect(scanned.path).toMatch(/^pages\/signin\/index\?scene=/)
    expect(decodeURIComponent(scanned.path.split('scene=')[1]).length).toBeLessThanOrEqual(32)
    expect(scanned.code).toBe(view.code!.code)
    expect(scanned.signInKey).toMatch(SIGN_IN_KEY_PATTERN)
    expect((await codes()).signInKey).toBe(scanned.signInKey)
  })

  it('is drawn once per code: the same file all through a step, a new one at the next, the old one deleted', async () => {
    const first = await live()
    const fileID = (await codes()).fileID!
    cloud.clock.set(at('2026-03-06 15:02') + 10_000)
    await live()
    expect((await codes()).fileID!).toBe(fileID)

    cloud.clock.set(at('2026-03-06 15:02') + 40_000)
    const next = await live()
    const after = await codes()
    expect(after.fileID).not.toBe(fileID)
    expect((await scanScreen(next)).code).toBe(next.code!.code)
    expect(next.code!.code).not.toBe(first.code!.code)
    expect((await fetch(first.code!.wxacodeUrl!)).status).toBe(404)
  })

  it('gives an activity made before keys one key, however many screens ask at once', async () => {
    const views = await Promise.all([live(), live(), live(), live()])
    const keys = await Promise.all(views.map(async (v) => (await scanScreen(v)).signInKey))
    expect(new Set(keys).size).toBe(1)
    expect((await codes()).signInKey).toBe(keys[0])
  })

  it('falls back to the plain QR when WeChat will not draw one (the app not yet published: 41030)', async () => {
    const unpublished = await startLocalCloud(testCloudConfig({ pages: ['pages/home/index'] }))
    try {
      await seedWorld(unpublished)
      await insertActivity(unpublished)
      unpublished.clock.set(at('2026-03-06 15:02'))
      const view = await asSecretary(unpublished).ok('secretary', 'activity.live', { activityId: ID })
      expect(view.code).toMatchObject({ wxacodeUrl: null, code: codeNow(unpublished) })
      expect(view.code!.qrPayload).toBe(`pages/signin/index?a=${ID}&c=${view.code!.code}`)
    } finally {
      await unpublished.close()
    }
  })
})

describe('a member who scanned it with WeChat', () => {
  it('opens the activity by its key and signs in with the code, once', async () => {
    const { signInKey, code } = await scanScreen(await live())
    const page = await asMember(cloud).ok('member', 'activity.forSignIn', { signInKey })
    expect(page.activity).toMatchObject({ id: ID, title: '3月党员集中活动日' })
    expect(page.me.can.signIn).toBe(true)

    const done = await asMember(cloud).ok('member', 'attendance.signIn', { activityId: ID, code, signInKey, via: 'qr' })
    expect(done).toMatchObject({ activityId: ID, method: 'qr', already: false })
    expect(await docs<AttendanceDoc>(cloud, 'attendance', { activityId: ID })).toHaveLength(1)
  })

  it('with a code photographed a few minutes ago is told it has expired, and nothing is recorded', async () => {
    const { signInKey, code } = await scanScreen(await live())
    cloud.clock.set(at('2026-03-06 15:02') + 5 * 60_000)
    const answer = await asMember(cloud).call('member', 'attendance.signIn', {
      activityId: ID,
      code,
      signInKey,
      via: 'qr',
    })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.CODE_EXPIRED', message: expect.stringContaining('已过期') },
    })
    expect(await docs(cloud, 'attendance', {})).toHaveLength(0)
  })

  it('with another activity’s code on this activity’s page is told so, and nothing is recorded', async () => {
    await insertActivity(cloud, { _id: 'act-2' })
    await insertDocs(cloud, 'signInCodes', [
      { _id: 'act-2', signInKey: 'Zz9Yy8Xx', step: null, fileID: null, updatedAt: 0 },
    ])
    const { code } = await scanScreen(await live())
    const answer = await asMember(cloud).call('member', 'attendance.signIn', {
      activityId: 'act-2',
      code,
      signInKey: (await codes()).signInKey!,
    })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'ATTENDANCE.OTHER_ACTIVITY', message: expect.stringContaining('另一次活动') },
    })
    expect(await docs(cloud, 'attendance', {})).toHaveLength(0)
  })

  it('with a key no activity has finds nothing; a malformed key is refused in words', async () => {
    await live()
    const unknown = await asMember(cloud).call('member', 'activity.forSignIn', { signInKey: 'Nope0000' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_FOUND' } })
    for (const signInKey of ['short', 'has space', 'k=Ab3dE9xQ', '签到签到签到签到']) {
      const bad = await asMember(cloud).call('member', 'activity.forSignIn', { signInKey })
      expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('签到二维码不对') } })
    }
  })

  it('of another branch finds nothing by the key, as by the id', async () => {
    const { signInKey } = await scanScreen(await live())
    const answer = await asMember(cloud, WORLD.memberB1).call('member', 'activity.forSignIn', { signInKey })
    expect(answer).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_FOUND' } })
  })
})
