import type * as v from 'valibot'

/**
 * Who may call an action, and over what scope. Decided on the server from the WeChat
 * context alone, never from ids or roles in the request.
 * - anyone: every WeChat user, bound or not (binding, "who am I")
 * - member: a bound, active member, acting on their own records
 * - secretary: the secretary (or a 支委 they delegated to) of the caller's own branch;
 *   admins may act on any branch
 * - admin: the bureau's party committee office (机关党委)
 * - timer: only WeChat's timer trigger (SOURCE `wx_trigger`)
 */
export type Access = 'anyone' | 'member' | 'secretary' | 'admin' | 'timer'

export interface ActionSpec<I extends v.GenericSchema = v.GenericSchema, O = unknown> {
  access: Access
  input: I
  /** Phantom: carries the result type to the client. Never set at run time. */
  readonly output?: O
}

export function action<O>() {
  return <I extends v.GenericSchema>(access: Access, input: I): ActionSpec<I, O> => ({ access, input })
}

export type ActionMap = Record<string, ActionSpec>
