import Taro from '@tarojs/taro'
import type { Role, Session } from '@core/contract'
import { callCloud } from './cloud'

export const BIND_PAGE = '/pages/bind/index'

export const ROLE_LABELS: Record<Role, string> = {
  member: '党员',
  secretary: '支部书记',
  admin: '机关党委',
}

let inflight: Promise<Session> | null = null

/**
 * Who holds the phone. Concurrent callers share one request (the launch call and the first
 * screen), later calls ask again so that a binding made elsewhere shows.
 */
export function loadSession(): Promise<Session> {
  if (!inflight) {
    inflight = callCloud('member', 'session.whoami', {}).finally(() => {
      inflight = null
    })
  }
  return inflight
}

/** Admins come from configuration and may use the app without a roster entry. */
export function needsBinding(session: Session): boolean {
  return !session.bound && session.role !== 'admin'
}

export const isOfficer = (session: Session): boolean => session.role === 'secretary' || session.role === 'admin'

let sentToBind = false

/** Sends an unbound person to the binding page (once per launch) and reports whether it did. */
export function redirectIfUnbound(session: Session): boolean {
  if (!needsBinding(session)) return false
  if (!sentToBind) {
    sentToBind = true
    void Taro.reLaunch({ url: BIND_PAGE }).finally(() => {
      sentToBind = false
    })
  }
  return true
}

/** A screen's loader for members: the session, or the binding page for strangers. */
export async function loadMemberSession(): Promise<Session> {
  const session = await loadSession()
  redirectIfUnbound(session)
  return session
}
