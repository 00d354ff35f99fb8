/**
 * The two protobuf messages of wx-server-sdk's openapi channel (its src/protobuf/openapi.js):
 *
 *   CommApiData     { 1 apiType: int32, 2 openapiData: OpenApiData { 1 pairs: KeyValuePair[] }, 6 appid }
 *   KeyValuePair    { 1 key: string, 2 value: bytes (JSON text), 3 contenttype, 4 filename }
 *   CommOpenApiResp { 1 respData: bytes, 2 contentType: string, 3 errorCode: int32, 4 httpCode: uint32 }
 *
 * Only varint and length-delimited fields occur, so a hand-written codec is shorter than
 * depending on protobufjs, which the project does not declare.
 *
 * The request may arrive damaged: the SDK's form-data part for `requestData` carries no filename,
 * so a standard multipart parser (admin-endpoint's `Response.formData()`) hands it over as a
 * UTF-8-decoded string, and every byte >= 0x80 that is not valid UTF-8 becomes U+FFFD. Those
 * bytes are only ever varint lengths of 128 or more (tags, keys and JSON values are valid UTF-8),
 * so the decoder below reads the message by its fixed field order instead of by its lengths and
 * finds the end of a damaged-length value from the JSON text itself.
 */

export interface OpenApiRequest {
  /** Each pair's key with its value parsed from JSON (the SDK sends every value as JSON text). */
  params: Record<string, unknown>
  appid: string
}

const TAG_API_TYPE = 0x08
const TAG_OPENAPI_DATA = 0x12
const TAG_APPID = 0x32
const TAG_PAIR = 0x0a
const TAG_KEY = 0x0a
const TAG_VALUE = 0x12
const TAG_CONTENT_TYPE = 0x1a
const TAG_FILENAME = 0x22

class Cursor {
  pos = 0
  constructor(
    readonly bytes: Buffer,
    /** false when the bytes went through a lossy UTF-8 decode, so multi-byte varints are unknown. */
    readonly exact: boolean,
  ) {}

  peek(): number | undefined {
    return this.bytes[this.pos]
  }

  expect(tag: number, what: string): void {
    if (this.bytes[this.pos] !== tag) throw new Error(`openapi request: expected ${what} at byte ${this.pos}`)
    this.pos += 1
  }

  /** A varint, or null when its value was lost to the lossy decode (it is skipped either way). */
  varint(): number | null {
    let value = 0
    let scale = 1
    const start = this.pos
    for (;;) {
      const byte = this.bytes[this.pos]
      if (byte === undefined) throw new Error('openapi request: truncated varint')
      this.pos += 1
      value += (byte & 0x7f) * scale
      scale *= 128
      if (byte < 0x80) break
    }
    return this.exact || this.pos - start === 1 ? value : null
  }

  take(length: number): Buffer {
    if (this.pos + length > this.bytes.length) throw new Error('openapi request: truncated field')
    const slice = this.bytes.subarray(this.pos, this.pos + length)
    this.pos += length
    return slice
  }
}

/** Length in bytes of the JSON value starting at `from`; JSON's structural characters are ASCII. */
function jsonValueLength(bytes: Buffer, from: number): number {
  const first = bytes[from]
  if (first === 0x22 /* " */ || first === 0x7b /* { */ || first === 0x5b /* [ */) {
    let depth = 0
    let inString = false
    for (let i = from; i < bytes.length; i += 1) {
      const byte = bytes[i]
      if (inString) {
        if (byte === 0x5c /* \ */) i += 1
        else if (byte === 0x22) {
          inString = false
          if (depth === 0) return i + 1 - from
        }
      } else if (byte === 0x22) inString = true
      else if (byte === 0x7b || byte === 0x5b) depth += 1
      else if (byte === 0x7d || byte === 0x5d) {
        depth -= 1
        if (depth === 0) return i + 1 - from
      }
    }
    throw new Error('openapi request: unterminated JSON value')
  }
  let end = from
  while (end < bytes.length && /[0-9A-Za-z.+-]/.test(String.fromCharCode(bytes[end]))) end += 1
  return end - from
}

function readPair(cursor: Cursor, params: Record<string, unknown>): void {
  cursor.varint() // the pair's own length: the field order below delimits it
  cursor.expect(TAG_KEY, 'a pair key')
  const keyLength = cursor.varint()
  if (keyLength === null) throw new Error('openapi request: key too long')
  const key = cursor.take(keyLength).toString('utf8')
  cursor.expect(TAG_VALUE, `the value of ${key}`)
  const declared = cursor.varint()
  const length = declared ?? jsonValueLength(cursor.bytes, cursor.pos)
  const text = cursor.take(length).toString('utf8')
  if (cursor.peek() === TAG_CONTENT_TYPE || cursor.peek() === TAG_FILENAME) {
    throw new Error(`openapi request: media parameter ${key} is not supported by the local cloud`)
  }
  try {
    params[key] = JSON.parse(text)
  } catch {
    throw new Error(`openapi request: value of ${key} is not JSON`)
  }
}

/**
 * Decodes CommApiData. Pass the multipart part as a Buffer when it arrived intact, or as the
 * string a standard multipart parser produced from it.
 */
export function decodeOpenApiRequest(requestData: Buffer | string): OpenApiRequest {
  const exact = Buffer.isBuffer(requestData)
  const cursor = new Cursor(exact ? requestData : Buffer.from(requestData, 'utf8'), exact)
  const params: Record<string, unknown> = {}
  let appid = ''
  while (cursor.peek() !== undefined) {
    const tag = cursor.peek()
    cursor.pos += 1
    if (tag === TAG_API_TYPE) {
      cursor.varint()
    } else if (tag === TAG_OPENAPI_DATA) {
      cursor.varint()
      while (cursor.peek() === TAG_PAIR) {
        cursor.pos += 1
        readPair(cursor, params)
      }
    } else if (tag === TAG_APPID) {
      const length = cursor.varint()
      if (length === null) throw new Error('openapi request: appid too long')
      appid = cursor.take(length).toString('utf8')
    } else {
      throw new Error(`openapi request: unexpected field tag ${tag} at byte ${cursor.pos - 1}`)
    }
  }
  return { params, appid }
}

function writeVarint(out: number[], value: number | bigint): void {
  // int32 negatives are sign-extended to 64 bits on the wire, as protobufjs does.
  let rest = BigInt.asUintN(64, BigInt(value))
  while (rest >= 0x80n) {
    out.push(Number(rest & 0x7fn) | 0x80)
    rest >>= 7n
  }
  out.push(Number(rest))
}

function writeBytes(out: number[], tag: number, bytes: Buffer): void {
  out.push(tag)
  writeVarint(out, bytes.length)
  for (const byte of bytes) out.push(byte)
}

export interface OpenApiResponse {
  respData?: Buffer
  contentType?: string
  /** Non-zero = a WeChat system error (e.g. -604100 API not found); the SDK throws it as errCode. */
  errorCode?: number
  httpCode?: number
}

export function encodeOpenApiResponse(resp: OpenApiResponse): Buffer {
  const out: number[] = []
  if (resp.respData) writeBytes(out, 0x0a, resp.respData)
  if (resp.contentType) writeBytes(out, 0x12, Buffer.from(resp.contentType, 'utf8'))
  if (resp.errorCode) {
    out.push(0x18)
    writeVarint(out, resp.errorCode)
  }
  if (resp.httpCode) {
    out.push(0x20)
    writeVarint(out, resp.httpCode)
  }
  return Buffer.from(out)
}
