/**
 * One cloud function = a small router over the actions the contract gives it. Every call:
 * shape check → who is calling (WeChat context only) → access → input validation → handler;
 * every outcome is one envelope, and an unexpected failure is logged with its request id
 * and never shown as a stack.
 */
import { randomUUID } from 'node:crypto'
import { contract, type FunctionName } from '../../core/contract'
import type { ActionSpec } from '../../core/contract/define'
import { ok, fail, type Envelope } from '../../core/envelope'
import { DomainError, errorBody } from '../../core/errors'
import { MAX_EVENT_DEPTH, nestsDeeperThan, parseInput } from '../../core/validation'
import { checkAccess, checkNamedBranch } from './access'
import { resolveCaller } from './caller'
import { scopedKey } from './request-key'
import type { ActionContext, Cloud, Handlers, InvocationContext } from './types'

type AnyHandler = (input: unknown, ctx: ActionContext) => Promise<unknown>

function readEvent(event: unknown): { action: string; input: unknown; requestKey: unknown } {
  if (!event || typeof event !== 'object' || Array.isArray(event)) {
    throw new DomainError('REQUEST.MALFORMED')
  }
  if (nestsDeeperThan(event, MAX_EVENT_DEPTH)) throw new DomainError('REQUEST.TOO_DEEP')
  const { action, input, requestKey } = event as { action?: unknown; input?: unknown; requestKey?: unknown }
  if (typeof action !== 'string' || action === '') {
    throw new DomainError('REQUEST.MALFORMED', '请求缺少要执行的操作')
  }
  if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input))) {
    throw new DomainError('REQUEST.MALFORMED', '请求的内容格式不对')
  }
  return { action, input, requestKey }
}

export function createMain<F extends FunctionName>(name: F, cloud: Cloud, handlers: Handlers<F>) {
  const specs: Record<string, ActionSpec> = contract[name]
  const table: Record<string, AnyHandler> = handlers as unknown as Record<string, AnyHandler>

  return async function main(event: unknown, context?: InvocationContext): Promise<Envelope<unknown>> {
    const requestId = context?.request_id || randomUUID()
    try {
      const { action, input, requestKey } = readEvent(event)
      const spec = Object.prototype.hasOwnProperty.call(specs, action) ? specs[action] : undefined
      const handler = table[action]
      if (!spec || !handler) throw new DomainError('REQUEST.UNKNOWN_ACTION')
      const db = cloud.database()
      const caller = await resolveCaller(cloud, db)
      checkAccess(spec.access, caller)
      const parsed = parseInput(spec.input, input)
      await checkNamedBranch(db, caller, parsed)
      const key = scopedKey(requestKey, name, action, caller.openid)
      const ctx: ActionContext = { db, cloud, caller, requestId, requestKey: key, now: () => Date.now() }
      return ok(await handler(parsed, ctx), ctx.now())
    } catch (error) {
      if (error instanceof DomainError) return fail(error.toBody())
      console.error(`[${name}] request ${requestId} failed`, error)
      return fail({ ...errorBody('INTERNAL'), requestId })
    }
  }
}
