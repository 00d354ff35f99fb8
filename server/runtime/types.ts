import type * as v from 'valibot'
import type { ActionName, Contract, FunctionName, OutputOf } from '../../core/contract'
import type { ActionSpec } from '../../core/contract/define'
import type { MemberDoc } from '../model'

import type { Cloud, Database } from './sdk'

export type { Cloud }
export type Db = Database

/** Who is calling, from the WeChat context alone. */
export interface Caller {
  /** Empty for timer invocations. */
  openid: string
  /** `wx_client…` for the mini-program, `wx_trigger` for timers. */
  source: string
  /** The bound, active roster entry of this WeChat user, if any. */
  member: MemberDoc | null
  /** A bootstrap admin (PARTY_ADMIN_OPENIDS) of the bureau's party committee office. */
  isAdmin: boolean
}

export interface ActionContext {
  db: Db
  cloud: Cloud
  caller: Caller
  requestId: string
  /** The tap's request key scoped to this caller and action (request-key.ts), or null without one. */
  requestKey: string | null
  /** The function's clock, in epoch ms (the local cloud may have set it). */
  now(): number
}

type SpecOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionSpec
  ? Contract[F][A]
  : never

export type Handler<F extends FunctionName, A extends ActionName<F>> = (
  input: v.InferOutput<SpecOf<F, A>['input']>,
  ctx: ActionContext,
) => Promise<OutputOf<F, A>>

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> }

/** The `context` argument WeChat passes to `exports.main`. */
export interface InvocationContext {
  request_id?: string
  function_name?: string
}

/** The handlers of one domain's share of a function's actions (exactly those actions). */
export type HandlersFor<F extends FunctionName, M> = { [A in keyof M & ActionName<F>]: Handler<F, A> }

/** What a timer job may use: no caller, only the database, the platform and the clock. */
export interface JobContext {
  db: Db
  cloud: Cloud
  requestId: string
  now(): number
}

/** A timer job: idempotent, safe to run twice; returns counts of what it did. */
export type Job = (ctx: JobContext) => Promise<Record<string, number>>
