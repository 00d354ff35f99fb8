/** Serves the built H5 app (dist-h5) so that one address opens the app against this cloud. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export function serveStatic(dir: string, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  const relative = normalize(pathname === '/' ? '/index.html' : pathname)
  const file = join(dir, relative)
  if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return false
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': relative === '/index.html' ? 'no-cache' : 'max-age=3600',
  })
  createReadStream(file).pipe(res)
  return true
}
