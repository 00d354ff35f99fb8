// H5 only (imported by *.h5.ts files): whom the browser pretends to be against the local cloud.

export type DemoRole = 'member' | 'secretary' | 'admin' | 'stranger'

export interface DemoIdentity {
  openid: string
  name: string
  role: DemoRole
  branchName?: string
  /** A secretary's or 支委's duty, e.g. 书记, 组织委员. */
  duty?: string
  /** Bound in the demo's last days (the newcomer 首页 welcomes). */
  newlyBound?: boolean
}

export const OPENID_STORAGE_KEY = 'dangjian.demo.openid'
const ROLES: readonly DemoRole[] = ['member', 'secretary', 'admin', 'stranger']

const OPENID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * A fresh WeChat user that no roster entry knows, shaped like a real openid (`o` and 27
 * characters of [A-Za-z0-9_-]): the local cloud refuses anything else, as WeChat would.
 */
export function newStrangerOpenid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(27))
  return 'o' + Array.from(bytes, (byte) => OPENID_ALPHABET[byte % 64]).join('')
}

/** The openid sent as X-WX-OPENID; a new browser starts as a stranger. */
export function currentOpenid(): string {
  const stored = window.localStorage.getItem(OPENID_STORAGE_KEY)
  if (stored) return stored
  const openid = newStrangerOpenid()
  window.localStorage.setItem(OPENID_STORAGE_KEY, openid)
  return openid
}

/** Becomes someone else and starts the app again from 首页. */
export function switchIdentity(openid: string): void {
  window.localStorage.setItem(OPENID_STORAGE_KEY, openid)
  window.location.hash = '#/pages/home/index'
  window.location.reload()
}

function isDemoIdentity(value: unknown): value is DemoIdentity {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item.openid === 'string' &&
    typeof item.name === 'string' &&
    ROLES.includes(item.role as DemoRole) &&
    (item.branchName === undefined || typeof item.branchName === 'string') &&
    (item.duty === undefined || typeof item.duty === 'string') &&
    (item.newlyBound === undefined || typeof item.newlyBound === 'boolean')
  )
}

export const adminHubUrl = (): string => `${LOCAL_CLOUD_URL}/_admin/`

/** The demo people the local cloud offers; throws with a Chinese message when it offers none. */
export async function fetchIdentities(): Promise<DemoIdentity[]> {
  let response: Response
  try {
    response = await fetch(`${LOCAL_CLOUD_URL}/_admin/identities`)
  } catch {
    throw new Error('连不上本地云，请确认它已启动')
  }
  if (!response.ok) throw new Error(`本地云没有提供演示身份列表（HTTP ${response.status}）`)
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new Error('本地云返回的身份列表无法识别')
  }
  if (!Array.isArray(body)) throw new Error('本地云返回的身份列表无法识别')
  return body.filter(isDemoIdentity)
}
