/**
 * WeChat's platform services of the local cloud, answered in wx-server-sdk's own wire formats:
 * openapi (`subscribeMessage.send` with one-time authorizations, `security.msgSecCheck`,
 * `wxacode.getUnlimited`) and
 * cloud storage (upload, temporary URLs, download, delete) with its `/_storage/` HTTP routes.
 * Every non-database `/admin` action comes here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SubscribeTemplate } from '../config-types'
import { CloudApiError } from '../errors'
import type { AdminRequest, LocalCloudContext } from '../types'
import { diskFileStore, memoryFileStore } from './files'
import { handleOpenApi } from './openapi'
import { ContentSecurity, DEFAULT_REVIEW_WORDS, DEFAULT_SENSITIVE_WORDS } from './security'
import { openStateStore, type KeptAnswer, type RecordedMessage } from './state'
import { Storage, checkCloudPath, fileIdOf } from './storage'
import { serveStorage } from './storage-http'
import { SubscribeMessages, type SendBehaviour } from './subscribe'
import { WxaCodes } from './wxacode'

export type { RecordedMessage } from './state'
export { OPENID_PATTERN, PAGE_PATTERN, SUBSCRIBE_ERRORS } from './subscribe'
export { DEFAULT_REVIEW_WORDS, DEFAULT_SENSITIVE_WORDS, LABELS } from './security'
export { MAX_FILES_PER_CALL, bucketOf, fileIdOf, parseFileId } from './storage'

export interface Platform {
  /** Every non-database action: returns data, a RawReply, or throws CloudApiError. */
  handle(req: AdminRequest): Promise<unknown>
  /** Serves /_storage/…; false when the URL is not storage's. */
  http(req: IncomingMessage, res: ServerResponse): Promise<boolean>
  /** Every subscribe message attempted, oldest first, with its outcome. */
  messages(): RecordedMessage[]
  /** What a tap of "允许" in wx.requestSubscribeMessage gives: one more one-time authorization. */
  grantSubscription(openid: string, templateId: string, count?: number): void
  /** 总是保持以上选择 ticked on the sheet: these answers are kept and given without asking. */
  keepSubscriptionChoices(openid: string, answers: Record<string, KeptAnswer>): void
  /** The answers kept for this user (getSetting's subscriptionsSetting.itemSettings). */
  keptSubscriptionChoices(openid: string): Record<string, KeptAnswer>
  /** Latency and injected failures of subscribeMessage.send (tests and benchmarks). */
  configureSends(behaviour: Partial<SendBehaviour>): SendBehaviour
  /** Remaining one-time authorizations per template. */
  quota(openid: string): Record<string, number>
  /** Words that make msgSecCheck answer `risky`. */
  setSensitiveWords(words: string[]): void
  /** Words that make msgSecCheck answer `review`. */
  setReviewWords(words: string[]): void
  /** Stores bytes at a cloud path as `wx.cloud.uploadFile` from the mini-program would; returns the fileID. */
  putFile(cloudPath: string, bytes: Buffer, env?: string): Promise<string>
  /** Forgets authorizations, messages and files; word lists return to those given at open. */
  reset(): Promise<void>
  close(): Promise<void>
}

export interface PlatformOptions {
  /** Where quotas, the message record and files persist; null keeps everything in memory. */
  dataDir: string | null
  ctx: LocalCloudContext
  /**
   * Templates the mini-program has; when given, any other id is refused with 40037, and data
   * with a keyword its template lacks with 47003.
   */
  templates?: SubscribeTemplate[]
  /** The mini-program's pages, for wxacode.getUnlimited's check_path; absent: any well-formed page. */
  pages?: string[]
  sensitiveWords?: string[]
  reviewWords?: string[]
}

/** The env the SDK addressed: `envName` in the body, else `env` in the query. */
function envOf(req: AdminRequest): string {
  const named = req.params.envName
  if (typeof named === 'string' && named !== '') return named
  return req.query.get('env') || 'local'
}

export async function openPlatform(opts: PlatformOptions): Promise<Platform> {
  const store = await openStateStore(opts.dataDir)
  const files = opts.dataDir === null ? memoryFileStore() : diskFileStore(opts.dataDir)
  const subscribe = new SubscribeMessages(store, opts.ctx.clock, opts.templates ?? null)
  const initialRisky = opts.sensitiveWords ?? DEFAULT_SENSITIVE_WORDS
  const initialReview = opts.reviewWords ?? DEFAULT_REVIEW_WORDS
  const security = new ContentSecurity(initialRisky, initialReview)
  const storage = new Storage(files, opts.ctx, () => store.state.urlSecret)
  const wxacodes = new WxaCodes(opts.ctx.clock, opts.pages ?? null)
  const apis = {
    'subscribeMessage.send': (params: Record<string, unknown>) => subscribe.send(params),
    'wxacode.getUnlimited': (params: Record<string, unknown>) => wxacodes.getUnlimited(params),
    'security.msgSecCheck': async (params: Record<string, unknown>) => security.check(params),
  }

  return {
    async handle(req) {
      if (req.action === 'wx.openApi') return handleOpenApi(req, apis)
      if (req.action.startsWith('storage.')) return storage.handle(req.action, req.params, envOf(req))
      throw new CloudApiError('INVALID_ACTION', `${req.action} is not served by the local cloud`)
    },
    http: (req, res) => serveStorage(storage, req, res),
    messages: () => subscribe.messages(),
    grantSubscription: (openid, templateId, count = 1) => subscribe.grant(openid, templateId, count),
    quota: (openid) => subscribe.quota(openid),
    keepSubscriptionChoices: (openid, answers) => subscribe.keep(openid, answers),
    keptSubscriptionChoices: (openid) => subscribe.keptChoices(openid),
    configureSends(behaviour) {
      if (behaviour.latencyMs !== undefined) subscribe.behaviour.latencyMs = behaviour.latencyMs
      if (behaviour.failNext !== undefined) subscribe.behaviour.failNext = { ...behaviour.failNext }
      return structuredClone(subscribe.behaviour)
    },
    setSensitiveWords: (words) => security.setRisky(words),
    setReviewWords: (words) => security.setReview(words),
    async putFile(cloudPath, bytes, env = 'local') {
      const path = checkCloudPath(cloudPath)
      await files.put(`${env}/${path}`, bytes)
      return fileIdOf(env, path)
    },
    async reset() {
      subscribe.behaviour.latencyMs = 0
      subscribe.behaviour.failNext = { count: 0, errcode: -1 }
      security.setRisky(initialRisky)
      security.setReview(initialReview)
      await Promise.all([store.clear(), files.clear()])
    },
    close: () => store.close(),
  }
}
