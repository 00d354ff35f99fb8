/**
 * The platform behind a real `/admin` endpoint plus a small server for its `/_storage/` routes,
 * and the real wx-server-sdk pointed at them. One rig per test file: the SDK reads its
 * environment once, when first required.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Clock } from '../../../localcloud/clock'
import { openPlatform, type Platform, type PlatformOptions } from '../../../localcloud/platform'
import { setSdkEnvironment, startAdminServer, type AdminServer } from '../../helpers/admin-harness'
import { clockStart } from '../../helpers/now'

export interface SdkError {
  errCode: number
  errMsg: string
}

export interface TempFile {
  fileID: string
  tempFileURL: string
  status: number
  errMsg: string
  maxAge: number
}

/** The part of wx-server-sdk these tests call, typed narrowly (its own typings use `any`). */
export interface TestCloud {
  init(options: { env: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  openapi: Record<string, Record<string, (request: Record<string, unknown>) => Promise<Record<string, unknown>>>>
  uploadFile(request: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; statusCode: number }>
  getTempFileURL(request: {
    fileList: Array<string | { fileID: string; maxAge: number }>
  }): Promise<{ fileList: TempFile[] }>
  downloadFile(request: { fileID: string }): Promise<{ fileContent: Buffer }>
  deleteFile(request: {
    fileList: string[]
  }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg: string }> }>
}

export const TEMPLATES = {
  activity: 'tmpl_activity_reminder_0000000000000000000001',
  notice: 'tmpl_notice_published_00000000000000000000002',
}
/** Real-looking openids: 28 characters, starting with `o`. */
export const MEMBER = 'oMember0000000000000000000001'
export const OTHER = 'oMember0000000000000000000002'

export interface Rig {
  cloud: TestCloud
  clock: Clock
  platform(): Platform
  /** Closes the platform and opens it again on the same data directory. */
  reopen(): Promise<void>
  close(): Promise<void>
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

export async function startRig(options: Omit<PlatformOptions, 'ctx'>): Promise<Rig> {
  const clock = new Clock(clockStart())
  let base = ''
  const open = (): Promise<Platform> => openPlatform({ ...options, ctx: { clock, baseUrl: () => base } })
  let current = await open()
  const admin: AdminServer = await startAdminServer({ platform: (req) => current.handle(req) })
  const files = createServer((req, res) => {
    current
      .http(req, res)
      .then((served) => {
        if (!served) res.writeHead(404).end()
      })
      .catch((error: unknown) => {
        console.error(error)
        res.writeHead(500).end()
      })
  })
  base = `http://127.0.0.1:${await listen(files)}`

  setSdkEnvironment(admin.url, { openid: MEMBER })
  // As in a real cloud function. Without it @cloudbase/node-sdk asks DNS for
  // metadata.tencentyun.com on every call (to guess whether it runs on Tencent Cloud), and each
  // unanswered lookup keeps jest from exiting for many seconds after the tests.
  process.env.TENCENTCLOUD_RUNENV = 'SCF'
  process.env.TENCENTCLOUD_REGION = 'ap-shanghai'
  // Required only now, after its environment is set; the rig's file gets its own module registry.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as TestCloud
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

  return {
    cloud,
    clock,
    platform: () => current,
    reopen: async () => {
      await current.close()
      current = await open()
    },
    close: async () => {
      await current.close()
      files.closeAllConnections()
      await new Promise<void>((resolve) => files.close(() => resolve()))
      await admin.close()
    },
  }
}

/** The error an SDK call rejects with; fails the test when the call succeeds. */
export async function sdkError(call: Promise<unknown>): Promise<SdkError> {
  try {
    await call
  } catch (error) {
    return error as SdkError
  }
  throw new Error('expected the SDK call to fail')
}
