/**
 * 首页 in one call: who I am, the next activity, open 补学, this month's study days and dues.
 * A WeChat user who is not bound gets only the session, so the app can send them to 绑定.
 */
import type { MemberHome } from '../../core/contract/home'
import { chinaMonth } from '../../core/dates'
import type { ActionContext } from '../runtime/types'
import { nextActivityFor, openMakeupTasks } from './activity'
import { duesHomeStatus } from './dues/home'
import { unreadCount } from './notify/inbox'
import { whoami } from './session'
import { studySummary } from './study'

export async function memberHome(_input: object, ctx: ActionContext): Promise<MemberHome> {
  const member = ctx.caller.member
  if (!member) {
    return { session: await whoami({}, ctx), nextActivity: null, makeup: [], study: null, dues: null, unreadNotices: 0 }
  }
  const now = ctx.now()
  const [session, nextActivity, makeup, study, dues, unreadNotices] = await Promise.all([
    whoami({}, ctx),
    nextActivityFor(ctx, member),
    openMakeupTasks(ctx, member._id),
    studySummary(ctx, member._id, chinaMonth(now)),
    duesHomeStatus(ctx.db, member, now),
    unreadCount(ctx.db, member._id),
  ])
  return { session, nextActivity, makeup, study, dues, unreadNotices }
}
