/**
 * 首页 in one call: who I am, the next activity, open 补学, this month's study days and dues;
 * for a 书记 or 支委 what waits in their branch, for the party office this month's figures.
 * A WeChat user who is not bound gets only the session, so the app can send them to 绑定.
 */
import type { MemberHome } from '../../core/contract/home'
import { chinaMonth } from '../../core/dates'
import type { ActionContext } from '../runtime/types'
import { nextActivityFor, openMakeupTasks } from './activity'
import { duesHomeStatus } from './dues/home'
import { officeHome } from './home/office'
import { officerTodo } from './home/officer'
import { boundSince, toAckCount, unreadCount } from './notify/inbox'
import { whoami } from './session'
import { studySummary } from './study'

type MemberPart = Omit<MemberHome, 'session' | 'officer' | 'office'>

const NOTHING: MemberPart = {
  nextActivity: null,
  makeup: [],
  study: null,
  dues: null,
  unreadNotices: 0,
  noticesToAck: 0,
  welcome: false,
}

/** How long after binding 首页 offers its welcome. */
const WELCOME_MS = 7 * 24 * 3600_000

async function memberPart(ctx: ActionContext): Promise<MemberPart> {
  const member = ctx.caller.member
  if (!member) return NOTHING
  const now = ctx.now()
  const [nextActivity, makeup, study, dues, unreadNotices, noticesToAck] = await Promise.all([
    nextActivityFor(ctx, member),
    openMakeupTasks(ctx, member._id),
    studySummary(ctx, member._id, chinaMonth(now)),
    duesHomeStatus(ctx.db, member, now),
    unreadCount(ctx.db, member),
    toAckCount(ctx.db, member),
  ])
  const since = boundSince(member)
  return {
    nextActivity,
    makeup,
    study,
    dues,
    unreadNotices,
    noticesToAck,
    welcome: since > 0 && now - since < WELCOME_MS,
  }
}

export async function memberHome(_input: object, ctx: ActionContext): Promise<MemberHome> {
  const member = ctx.caller.member
  const [session, mine, officer, office] = await Promise.all([
    whoami({}, ctx),
    memberPart(ctx),
    member ? officerTodo(ctx, member) : null,
    ctx.caller.isAdmin ? officeHome(ctx) : null,
  ])
  return { session, ...mine, officer, office }
}
