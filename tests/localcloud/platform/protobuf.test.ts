/**
 * The openapi request codec, on bytes built here the way wx-server-sdk's CommApiData.encode
 * lays them out: intact, and after the lossy UTF-8 decode a standard multipart parser applies.
 */
import { decodeOpenApiRequest, encodeOpenApiResponse } from '../../../localcloud/platform/protobuf'

function varint(n: number): number[] {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return out
}

function field(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag, ...varint(body.length)]), body])
}

/** CommApiData { apiType: 0, openapiData: { pairs }, appid? } with JSON values, as the SDK sends. */
function commApiData(params: Record<string, unknown>, appid?: string): Buffer {
  const pairs = Object.entries(params).map(([key, value]) =>
    field(0x0a, Buffer.concat([field(0x0a, Buffer.from(key)), field(0x12, Buffer.from(JSON.stringify(value)))])),
  )
  const parts = [Buffer.from([0x08, 0x00]), field(0x12, Buffer.concat(pairs))]
  if (appid) parts.push(field(0x32, Buffer.from(appid)))
  return Buffer.concat(parts)
}

/** What undici's FormData gives for a part without a filename. */
const lossy = (bytes: Buffer): string => new TextDecoder().decode(bytes)

const params = {
  touser: 'oMember0000000000000000000001',
  template_id: 'tmpl_1',
  data: { thing1: { value: '第一党支部'.repeat(4) }, time2: { value: '2026年3月6日 15:00' } },
  version: 2,
  content: '学习心得'.repeat(1500),
}

test('an intact request decodes exactly, appid included', () => {
  expect(decodeOpenApiRequest(commApiData(params, 'wx123'))).toEqual({ params, appid: 'wx123' })
})

test('a request whose long lengths were lost to UTF-8 decoding is recovered', () => {
  const bytes = commApiData(params, 'wx123')
  const text = lossy(bytes)
  expect(text).toContain('\ufffd')

  expect(decodeOpenApiRequest(text)).toEqual({ params, appid: 'wx123' })
})

test('JSON values with quotes, braces and backslashes in strings survive the recovery', () => {
  const tricky = { content: `他说："{[不]}" \\ 结束`.repeat(20), n: 12345, ok: true, nothing: null }
  expect(decodeOpenApiRequest(lossy(commApiData(tricky))).params).toEqual(tricky)
})

test('a negative errorCode is written as a sign-extended varint', () => {
  const bytes = encodeOpenApiResponse({ errorCode: -604100 })
  expect(bytes[0]).toBe(0x18)
  expect(bytes.length).toBe(11)
  let value = 0n
  bytes.subarray(1).forEach((b, i) => (value |= BigInt(b & 0x7f) << BigInt(7 * i)))
  expect(BigInt.asIntN(64, value)).toBe(-604100n)
})
