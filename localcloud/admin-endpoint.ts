/**
 * `POST /admin`: where wx-server-sdk sends every database, storage and openapi call when
 * TCB_CONTEXT_CNFG points at the local cloud. Answers in the SDK's own wire format.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { CloudApiError } from './errors'
import { parseMultipart } from './multipart'
import type { AdminRequest, RawReply } from './types'

export interface AdminHandlers {
  database(req: AdminRequest): Promise<unknown>
  platform(req: AdminRequest): Promise<unknown>
}

/** WeChat refuses request bodies far below this; so do we. */
export const MAX_ADMIN_BODY = 50 * 1024 * 1024

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new CloudApiError('INVALID_PARAM', 'request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export function parseAdminRequest(req: IncomingMessage, body: Buffer): AdminRequest {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams
  const contentType = String(req.headers['content-type'] ?? '')
  const params: Record<string, unknown> = {}
  const files: Record<string, Buffer> = {}
  if (contentType.startsWith('multipart/form-data')) {
    const parts = parseMultipart(body, contentType)
    Object.assign(params, parts.fields)
    Object.assign(files, parts.buffers)
  } else {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8') || '{}')
    } catch {
      throw new CloudApiError('INVALID_PARAM', 'request body is not JSON')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new CloudApiError('INVALID_PARAM', 'request body must be a JSON object')
    }
    Object.assign(params, parsed)
  }
  const action = typeof params.action === 'string' ? params.action : ''
  return { action, params, files, query }
}

function isRawReply(value: unknown): value is RawReply {
  return !!value && typeof value === 'object' && (value as RawReply).raw === true
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(text)
}

/**
 * Replies whose fields the SDK reads beside `data` rather than inside it: @cloudbase/database's
 * `Transaction.init` takes `res.transactionId` from the top level of the reply.
 */
const TOP_LEVEL_REPLIES = new Set(['database.startTransaction'])

function envelope(action: string, requestId: string, data: unknown): Record<string, unknown> {
  const reply: Record<string, unknown> = { requestId, data }
  if (TOP_LEVEL_REPLIES.has(action) && data && typeof data === 'object') Object.assign(reply, data)
  return reply
}

export async function handleAdmin(handlers: AdminHandlers, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID()
  try {
    const body = await readBody(req, MAX_ADMIN_BODY)
    const request = parseAdminRequest(req, body)
    if (!request.action) throw new CloudApiError('INVALID_PARAM', 'missing action')
    const data = request.action.startsWith('database.')
      ? await handlers.database(request)
      : await handlers.platform(request)
    if (isRawReply(data)) {
      res.writeHead(data.status, data.headers)
      res.end(data.body)
      return
    }
    sendJson(res, 200, envelope(request.action, requestId, data))
  } catch (error) {
    if (error instanceof CloudApiError) {
      sendJson(res, 200, { code: error.code, message: error.message, requestId })
      return
    }
    console.error(`[localcloud] /admin ${requestId}`, error)
    sendJson(res, 200, { code: 'SYS_ERR', message: String((error as Error)?.message ?? error), requestId })
  }
}
