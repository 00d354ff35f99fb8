/**
 * The HTTP side of local storage, standing in for COS on the local cloud's own host:
 *   PUT  /_storage/upload/<token>            the bytes of an upload announced by getUploadMetadata
 *   GET  /_storage/<env>.<bucket>/<path>?sign=…&t=…   a temporary URL (HEAD too)
 * Refusals are COS's XML `<Error>` bodies, which @cloudbase/node-sdk parses after an upload.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { bucketOf, checkCloudPath, type FileLocation, type Storage } from './storage'

export const STORAGE_PREFIX = '/_storage/'
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
}

export function contentTypeOf(path: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''
  return CONTENT_TYPES[extension] ?? 'application/octet-stream'
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

function cosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const id = randomUUID()
  // Every element is present: the SDK destructures Code, Message, RequestId and TraceId.
  const body =
    "<?xml version='1.0' encoding='utf-8' ?>\n<Error>" +
    `<Code>${code}</Code><Message>${escapeXml(message)}</Message><Resource>${escapeXml(resource)}</Resource>` +
    `<RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'x-cos-request-id': id })
  res.end(body)
}

/** Reads the body; null when it is larger than the limit (the rest is drained, not kept). */
async function readUpload(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk as Buffer)
  }
  return size <= MAX_UPLOAD_BYTES ? Buffer.concat(chunks) : null
}

async function serveUpload(storage: Storage, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const resource = `upload/${token}`
  if (req.method !== 'PUT') {
    req.resume()
    return cosError(res, 405, 'MethodNotAllowed', 'uploads are PUT', resource)
  }
  const location = storage.claimUpload(token)
  const body = await readUpload(req)
  if (!location) return cosError(res, 403, 'AccessDenied', 'upload URL unknown, used or expired', resource)
  if (!body) return cosError(res, 400, 'EntityTooLarge', `uploads are limited to ${MAX_UPLOAD_BYTES} bytes`, resource)
  await storage.files.put(`${location.env}/${location.path}`, body)
  res.writeHead(200, { etag: `"${randomUUID()}"`, 'content-length': '0' })
  res.end()
}

function locate(bucketSegment: string, path: string): FileLocation | null {
  const m = /^([^.]+)\.(.+)$/.exec(bucketSegment)
  if (!m || m[2] !== bucketOf(m[1])) return null
  try {
    return { env: m[1], path: checkCloudPath(path) }
  } catch {
    return null
  }
}

async function serveDownload(
  storage: Storage,
  url: URL,
  rest: string[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  req.resume()
  const resource = rest.join('/')
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return cosError(res, 405, 'MethodNotAllowed', 'temporary URLs are read with GET', resource)
  }
  const location = locate(rest[0], rest.slice(1).join('/'))
  if (!location) return cosError(res, 404, 'NoSuchKey', 'no such file', resource)
  const sign = url.searchParams.get('sign') ?? ''
  const expires = url.searchParams.get('t') ?? ''
  if (!storage.urlValid(location, sign, expires)) {
    return cosError(res, 403, 'AccessDenied', 'temporary URL is invalid or has expired', resource)
  }
  const body = await storage.files.get(`${location.env}/${location.path}`)
  if (!body) return cosError(res, 404, 'NoSuchKey', 'no such file', resource)
  res.writeHead(200, {
    'content-type': contentTypeOf(location.path),
    'content-length': String(body.length),
    // The H5 build reads files from the browser, on another origin than the local cloud.
    'access-control-allow-origin': '*',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Serves a /_storage/ URL; false when the URL is not one of storage's. */
export async function serveStorage(storage: Storage, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localcloud')
  if (!url.pathname.startsWith(STORAGE_PREFIX)) return false
  let rest: string[]
  try {
    rest = decodeURIComponent(url.pathname.slice(STORAGE_PREFIX.length)).split('/')
  } catch {
    req.resume()
    cosError(res, 400, 'InvalidURI', 'the path is not valid percent-encoding', url.pathname)
    return true
  }
  if (rest[0] === 'upload' && rest.length === 2) await serveUpload(storage, rest[1], req, res)
  else await serveDownload(storage, url, rest, req, res)
  return true
}
