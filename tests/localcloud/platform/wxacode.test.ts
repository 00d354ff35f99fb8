/**
 * wxacode.getUnlimited through the real wx-server-sdk: WeChat's checks and codes (PLATFORM.md,
 * 小程序码), and an image that decodes to what WeChat's in-app scanner reports for the code.
 */
import { drawnWidth } from '../../../localcloud/platform/wxacode'
import { decodeQrPng } from '../../helpers/decode-qr'
import { sdkError, startRig, type Rig } from './rig'

const PAGES = ['pages/home/index', 'pages/signin/index', 'packageSecretary/pages/live/index']
let rig: Rig

beforeAll(async () => {
  rig = await startRig({ dataDir: null, pages: PAGES })
})
afterAll(() => rig.close())

const getUnlimited = (request: Record<string, unknown>) => rig.cloud.openapi.wxacode.getUnlimited(request)

test('answers a PNG whose code is the page with its scene, as the in-app scanner reports it', async () => {
  const result = await getUnlimited({ scene: 'k=Ab3dE9xQ&c=012345', page: 'pages/signin/index', width: 430 })

  expect(result.contentType).toBe('image/png')
  const buffer = result.buffer as Buffer
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(decodeQrPng(buffer)).toBe('pages/signin/index?scene=k%3DAb3dE9xQ%26c%3D012345')
})

test('without a page, the code opens the home page', async () => {
  const result = await getUnlimited({ scene: 'x=1' })
  expect(decodeQrPng(result.buffer as Buffer)).toBe('pages/home/index?scene=x%3D1')
})

test.each([
  ['33 characters', 'k=Ab3dE9xQ&c=012345&extra=1234567'],
  ['Chinese', 'k=签到'],
  ['a percent sign', 'k=a%20b'],
  ['a space', 'k=a b'],
  ['empty', ''],
])('a scene with %s is refused with 40169', async (_what, scene) => {
  expect((await sdkError(getUnlimited({ scene, page: 'pages/signin/index' }))).errCode).toBe(40169)
})

test.each([
  ['a leading slash', '/pages/signin/index'],
  ['a query', 'pages/signin/index?a=1'],
  ['a page the app does not have', 'pages/nowhere/index'],
])('a page with %s is refused with 41030', async (_what, page) => {
  expect((await sdkError(getUnlimited({ scene: 'k=1', page }))).errCode).toBe(41030)
})

test('check_path false lets a page not yet published through (体验版), and env_version must be known', async () => {
  const result = await getUnlimited({ scene: 'k=1', page: 'pages/later/index', checkPath: false, envVersion: 'trial' })
  expect(decodeQrPng(result.buffer as Buffer)).toBe('pages/later/index?scene=k%3D1')
  expect((await sdkError(getUnlimited({ scene: 'k=1', envVersion: 'beta' }))).errCode).toBe(40097)
})

test('the width asked is kept between 280 and 1280 pixels; 430 when none is asked', () => {
  expect([10, 280, 430.4, 1280, 5000, Number.NaN, '600', undefined].map(drawnWidth)).toEqual([
    280, 280, 430, 1280, 1280, 430, 430, 430,
  ])
})

test('the image is about as wide as asked', async () => {
  // The PNG header's width (IHDR, bytes 16–19): whole modules, so at most the width asked.
  const result = await getUnlimited({ scene: 'k=1', width: 10 })
  const width = (result.buffer as Buffer).readUInt32BE(16)
  expect(width).toBeLessThanOrEqual(280)
  expect(width).toBeGreaterThan(200)
})
