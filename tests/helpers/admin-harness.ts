/**
 * A bare `/admin` server for tests of one local-cloud service under the real wx-server-sdk.
 * The full local cloud (localcloud/server.ts) serves the same endpoint with every service.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleAdmin, type AdminHandlers } from '../../localcloud/admin-endpoint'
import { CloudApiError } from '../../localcloud/errors'

export interface AdminServer {
  url: string
  close(): Promise<void>
}

export const unsupported = async (): Promise<never> => {
  throw new CloudApiError('INVALID_ACTION', 'not served by this test server')
}

export async function startAdminServer(handlers: Partial<AdminHandlers>): Promise<AdminServer> {
  const full: AdminHandlers = {
    database: handlers.database ?? unsupported,
    platform: handlers.platform ?? unsupported,
  }
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && (req.url ?? '').startsWith('/admin')) {
      void handleAdmin(full, req, res)
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/admin`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Points wx-server-sdk at an /admin URL as WeChat's runtime environment would, and sets the
 * caller. Call before requiring wx-server-sdk in a test file.
 */
export function setSdkEnvironment(adminUrl: string, caller: { openid?: string; source?: string } = {}): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl })
  process.env.TENCENTCLOUD_SECRETID = 'local'
  process.env.TENCENTCLOUD_SECRETKEY = 'local'
  process.env.TENCENTCLOUD_SESSIONTOKEN = 'local'
  process.env.TCB_ENV = 'local'
  process.env.SCF_NAMESPACE = 'local'
  process.env.TENCENTCLOUD_RUNENV = 'SCF'
  process.env.TENCENTCLOUD_REGION = 'ap-shanghai'
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID,TCB_SOURCE'
  process.env.WX_OPENID = caller.openid ?? ''
  process.env.WX_APPID = 'wxlocal0000000000'
  process.env.TCB_SOURCE = caller.source ?? 'wx_client'
}
