import type { ActionName, FunctionName, InputOf } from '../../../core/contract'
import type { ErrorCode } from '../../../core/errors'
import type { LocalCloud } from '../../../localcloud/server'

export type Who = 'stranger' | 'member' | 'otherSecretary' | 'secretary' | 'admin'
export const EVERYONE: Who[] = ['stranger', 'member', 'otherSecretary', 'secretary', 'admin']
export const MEMBERS: Who[] = ['member', 'otherSecretary', 'secretary', 'admin']
export const BRANCH_OFFICERS: Who[] = ['secretary', 'admin']
export const ADMINS: Who[] = ['admin']

export interface Cell<F extends FunctionName, A extends ActionName<F>> {
  allowed: Who[]
  /** A valid input aimed at branch A's people, built after the world is seeded. */
  input: (cloud: LocalCloud) => Promise<InputOf<F, A>> | InputOf<F, A>
  /** Allowed callers whom the action itself turns away for a domain reason. */
  refused?: Partial<Record<Who, ErrorCode>>
}

/** One domain's cells: exactly the actions of its contract maps. */
export type MatrixPart<F extends FunctionName, M> = { [A in keyof M & ActionName<F>]: Cell<F, A> }
