/**
 * `subscribeMessage.send` as WeChat runs it: the same checks in the same order, the same error
 * codes, and one-time authorizations that each allow exactly one message. Every attempt is
 * recorded with its outcome, so tests and the admin hub can see what a member would have got.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import type { SubscribeTemplate } from '../config-types'
import { checkTemplateData } from './keywords'
import type { KeptAnswer, RecordedMessage, StateStore } from './state'

/** WeChat's JSON reply inside CommOpenApiResp.respData. */
export interface WxReply {
  errcode: number
  errmsg: string
  [field: string]: unknown
}

/**
 * A mini-program openid: WeChat's are 28 characters of base64url starting with `o`. Any length
 * from 6 to 64 is accepted so that readable demo openids work, but a member id, a unionid or an
 * empty string is refused as WeChat would refuse it.
 */
export const OPENID_PATTERN = /^o[A-Za-z0-9_-]{5,63}$/

/** A mini-program page: `pages/x/index` with an optional query; no leading slash, no extension. */
export const PAGE_PATTERN = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*(\?[^\s#]*)?$/

const MINIPROGRAM_STATES = ['developer', 'trial', 'formal']
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW']

export const SUBSCRIBE_ERRORS = {
  invalidOpenid: 40003,
  invalidTemplate: 40037,
  invalidPage: 41030,
  noAuthorization: 43101,
  invalidData: 47003,
} as const

/** WeChat ends every errmsg with a request id; code that parses errmsg must cope with it. */
export function withRid(message: string): string {
  const hex = randomBytes(12).toString('hex')
  return `${message} rid: ${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16)}`
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value)
}

/** The data as it was sent, shaped for the record even when it was malformed. */
function recordedData(data: unknown): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).value : entry
    out[key] = { value: text(value) }
  }
  return out
}

/** How sends behave here: WeChat's latency, and failures injected for tests and benchmarks. */
export interface SendBehaviour {
  latencyMs: number
  /** The next `count` sends fail with this errcode (e.g. -1, WeChat's 系统繁忙). */
  failNext: { count: number; errcode: number }
}

export class SubscribeMessages {
  readonly behaviour: SendBehaviour = { latencyMs: 0, failNext: { count: 0, errcode: -1 } }
  /** Template id → its keyword keys (null: any); null when every well-formed id is accepted. */
  private readonly templates: ReadonlyMap<string, ReadonlySet<string> | null> | null

  constructor(
    private readonly store: StateStore,
    private readonly clock: Clock,
    templates: SubscribeTemplate[] | null,
  ) {
    this.templates = templates && new Map(templates.map((t) => [t.id, t.keywords ? new Set(t.keywords) : null]))
  }

  grant(openid: string, templateId: string, count: number): void {
    if (!OPENID_PATTERN.test(openid)) throw new Error(`grantSubscription: ${openid} is not an openid`)
    if (!this.knownTemplate(templateId)) throw new Error(`grantSubscription: unknown template ${templateId}`)
    if (!Number.isInteger(count) || count < 1) throw new Error('grantSubscription: count must be a positive integer')
    const quotas = this.store.state.quotas
    const mine = (quotas[openid] ??= {})
    mine[templateId] = (mine[templateId] ?? 0) + count
    // grant is synchronous (a tap in the client); a failed write only loses durability, so log it.
    this.store.save().catch((error: unknown) => console.error('[localcloud] saving a grant failed', error))
  }

  /** 总是保持以上选择: WeChat answers these templates for this user from now on without a sheet. */
  keep(openid: string, answers: Record<string, KeptAnswer>): void {
    if (!OPENID_PATTERN.test(openid)) throw new Error(`keepSubscriptionChoices: ${openid} is not an openid`)
    for (const [templateId, answer] of Object.entries(answers)) {
      if (!this.knownTemplate(templateId)) throw new Error(`keepSubscriptionChoices: unknown template ${templateId}`)
      if (answer !== 'accept' && answer !== 'reject') throw new Error(`keepSubscriptionChoices: ${answer} is not kept`)
    }
    const kept = (this.store.state.kept ??= {})
    kept[openid] = { ...(kept[openid] ?? {}), ...answers }
    this.store.save().catch((error: unknown) => console.error('[localcloud] saving a kept choice failed', error))
  }

  keptChoices(openid: string): Record<string, KeptAnswer> {
    return { ...(this.store.state.kept?.[openid] ?? {}) }
  }

  quota(openid: string): Record<string, number> {
    return { ...(this.store.state.quotas[openid] ?? {}) }
  }

  async send(params: Record<string, unknown>): Promise<WxReply> {
    if (this.behaviour.latencyMs > 0) await new Promise((r) => setTimeout(r, this.behaviour.latencyMs))
    const injected = this.behaviour.failNext
    if (injected.count > 0) {
      injected.count -= 1
      const reply = { errcode: injected.errcode, errmsg: withRid('system error (injected by the local cloud)') }
      this.record(params, reply)
      await this.store.save()
      return reply
    }
    const failure = this.refusal(params)
    const touser = text(params.touser)
    const templateId = text(params.template_id)
    let reply: WxReply
    if (failure) {
      reply = { errcode: failure.errCode, errmsg: withRid(failure.errMsg) }
    } else {
      const mine = this.store.state.quotas[touser]
      if (!mine || !(mine[templateId] > 0)) {
        reply = { errcode: SUBSCRIBE_ERRORS.noAuthorization, errmsg: withRid('user refuse to accept the msg') }
      } else {
        mine[templateId] -= 1
        reply = { errcode: 0, errmsg: 'ok' }
      }
    }
    this.record(params, reply)
    await this.store.save()
    return reply
  }

  messages(): RecordedMessage[] {
    return structuredClone(this.store.state.messages)
  }

  private knownTemplate(templateId: string): boolean {
    if (this.templates) return this.templates.has(templateId)
    return /^[A-Za-z0-9_-]+$/.test(templateId)
  }

  /** WeChat's 47003 for a keyword the template does not have (the data itself already checked). */
  private foreignKeyword(templateId: string, data: unknown): string | null {
    const keywords = this.templates?.get(templateId)
    if (!keywords) return null
    const foreign = Object.keys(data as Record<string, unknown>).find((key) => !keywords.has(key))
    return foreign ? `argument invalid! data.${foreign} is not a keyword of template ${templateId}` : null
  }

  /** The first reason WeChat would refuse the message before looking at authorizations. */
  private refusal(params: Record<string, unknown>): { errCode: number; errMsg: string } | null {
    const { touser, template_id: templateId, page, miniprogram_state: state, lang } = params
    if (typeof touser !== 'string' || !OPENID_PATTERN.test(touser)) {
      return { errCode: SUBSCRIBE_ERRORS.invalidOpenid, errMsg: 'invalid openid' }
    }
    if (typeof templateId !== 'string' || !this.knownTemplate(templateId)) {
      return { errCode: SUBSCRIBE_ERRORS.invalidTemplate, errMsg: 'invalid template_id' }
    }
    if (page !== undefined && page !== '' && (typeof page !== 'string' || !PAGE_PATTERN.test(page))) {
      return { errCode: SUBSCRIBE_ERRORS.invalidPage, errMsg: 'invalid page' }
    }
    if (state !== undefined && !MINIPROGRAM_STATES.includes(text(state))) {
      return { errCode: SUBSCRIBE_ERRORS.invalidData, errMsg: `argument invalid! miniprogram_state ${text(state)}` }
    }
    if (lang !== undefined && !LANGS.includes(text(lang))) {
      return { errCode: SUBSCRIBE_ERRORS.invalidData, errMsg: `argument invalid! lang ${text(lang)}` }
    }
    const dataProblem = checkTemplateData(params.data) ?? this.foreignKeyword(templateId, params.data)
    return dataProblem ? { errCode: SUBSCRIBE_ERRORS.invalidData, errMsg: dataProblem } : null
  }

  private record(params: Record<string, unknown>, reply: WxReply): void {
    const message: RecordedMessage = {
      id: randomUUID(),
      at: this.clock.now(),
      touser: text(params.touser),
      templateId: text(params.template_id),
      data: recordedData(params.data),
      outcome: reply.errcode === 0 ? 'sent' : { errCode: reply.errcode, errMsg: reply.errmsg },
    }
    if (params.page !== undefined) message.page = text(params.page)
    if (params.miniprogram_state !== undefined) message.miniprogramState = text(params.miniprogram_state)
    this.store.state.messages.push(message)
  }
}
