import type { MemberDoc } from '../model'
import type { Caller, Cloud, Db } from './types'

/** Bootstrap admins come from the functions' configuration, never from the client. */
export function adminOpenids(): Set<string> {
  return new Set(
    (process.env.PARTY_ADMIN_OPENIDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
}

export async function resolveCaller(cloud: Cloud, db: Db): Promise<Caller> {
  const wx = cloud.getWXContext()
  const openid = typeof wx.OPENID === 'string' ? wx.OPENID : ''
  const source = typeof wx.SOURCE === 'string' ? wx.SOURCE : ''
  let member: MemberDoc | null = null
  if (openid) {
    const found = await db.collection('members').where({ openid, status: 'active' }).limit(1).get()
    member = (found.data[0] as MemberDoc | undefined) ?? null
  }
  return { openid, source, member, isAdmin: openid !== '' && adminOpenids().has(openid) }
}
