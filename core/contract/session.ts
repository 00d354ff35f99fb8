import * as v from 'valibot'
import { action } from './define'

export type Role = 'member' | 'secretary' | 'admin'

/** What the app needs to know about the person holding the phone. */
export interface Session {
  bound: boolean
  /** Highest role: admin > secretary > member; `null` when not bound and not an admin. */
  role: Role | null
  member: null | {
    id: string
    name: string
    branchId: string
    branchName: string
  }
}

export const sessionActions = {
  'session.whoami': action<Session>()('anyone', v.object({})),
}
