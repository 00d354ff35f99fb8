/** security.msgSecCheck version 2 through the real wx-server-sdk. */
import { LABELS } from '../../../localcloud/platform'
import { MEMBER, sdkError, startRig, type Rig } from './rig'

let rig: Rig

beforeAll(async () => {
  rig = await startRig({ dataDir: null, sensitiveWords: ['违禁词'], reviewWords: ['加微信'] })
})
afterAll(() => rig.close())
beforeEach(() => rig.platform().reset())

const check = (content: string, extra: Record<string, unknown> = {}) =>
  rig.cloud.openapi.security.msgSecCheck({ version: 2, openid: MEMBER, scene: 2, content, ...extra })

test('ordinary text passes with label 100', async () => {
  const result = await check('本月固定学习日学习了《习近平谈治国理政》第四卷，收获很大。')

  expect(result).toMatchObject({ errCode: 0, result: { suggest: 'pass', label: LABELS.normal } })
  expect(result.detail).toEqual(expect.arrayContaining([expect.objectContaining({ strategy: 'content_model' })]))
  expect(typeof result.traceId).toBe('string')
})

test('text with a sensitive word is risky, even spaced out', async () => {
  for (const content of ['这里有违禁词', '这里有违 禁 词']) {
    expect(await check(content)).toMatchObject({ errCode: 0, result: { suggest: 'risky', label: LABELS.risky } })
  }
  const result = await check('这里有违禁词')
  expect(result.detail).toEqual(
    expect.arrayContaining([expect.objectContaining({ strategy: 'keyword', keyword: '违禁词' })]),
  )
})

test('text with a review word is sent to review', async () => {
  expect(await check('有事加微信联系')).toMatchObject({ result: { suggest: 'review', label: LABELS.review } })
})

test('setSensitiveWords replaces the list until reset', async () => {
  rig.platform().setSensitiveWords(['新词'])
  expect(await check('新词')).toMatchObject({ result: { suggest: 'risky' } })
  expect(await check('违禁词')).toMatchObject({ result: { suggest: 'pass' } })

  await rig.platform().reset()
  expect(await check('违禁词')).toMatchObject({ result: { suggest: 'risky' } })
})

test('content of 2500 characters is checked; 2501 is refused', async () => {
  await expect(check('学'.repeat(2500))).resolves.toMatchObject({ errCode: 0 })
  expect((await sdkError(check('学'.repeat(2501)))).errCode).toBe(47001)
})

test('content far beyond any protobuf short length still arrives intact enough to be refused', async () => {
  expect((await sdkError(check('学'.repeat(6000)))).errCode).toBe(47001)
})

test('a bad openid fails with 40003 and a bad scene with 47001', async () => {
  expect((await sdkError(check('你好', { openid: 'not-an-openid' }))).errCode).toBe(40003)
  expect((await sdkError(check('你好', { scene: 9 }))).errCode).toBe(47001)
})

test('empty content fails with 44004', async () => {
  expect((await sdkError(check(''))).errCode).toBe(44004)
})
