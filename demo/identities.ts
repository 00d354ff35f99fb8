import { createHash } from 'node:crypto'

/** A stable, real-looking openid (28 characters, starting with `o`) for a demo person. */
export function demoOpenid(key: string): string {
  return 'o' + createHash('sha256').update(`dangjian-demo:${key}`).digest('base64url').slice(0, 27)
}

export const DEMO_ADMIN_OPENID = demoOpenid('admin')
/** A WeChat user who has opened the app but is on no roster. */
export const DEMO_STRANGER_OPENID = demoOpenid('stranger')
