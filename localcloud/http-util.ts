import type { IncomingMessage, ServerResponse } from 'node:http'

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'access-control-allow-origin': '*',
  })
  res.end(JSON.stringify(payload))
}

/** Past this, a refused body is no longer read to its end: the connection is cut instead. */
const DRAIN_LIMIT = 16 * 1024 * 1024

/**
 * Reads a body up to a limit; resolves null when the body is larger. A larger body is still read
 * to its end (and thrown away), up to DRAIN_LIMIT, so that the client hears the refusal instead
 * of a reset connection in the middle of its upload.
 */
export function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > DRAIN_LIMIT) {
        req.destroy()
        resolve(null)
      } else chunks.length = 0
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export async function readJson(req: IncomingMessage, limit = 1024 * 1024): Promise<unknown> {
  const body = await readLimited(req, limit)
  if (body === null) throw new RangeError('body too large')
  const text = body.toString('utf8').trim()
  return text === '' ? {} : (JSON.parse(text) as unknown)
}

export function allowCors(res: ServerResponse): void {
  res.writeHead(204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type, x-wx-openid',
    'access-control-max-age': '600',
  })
  res.end()
}
