/** What a linked member (the proxy) reads: whom they record for, and one such member's day. */
import type { ActivityPage } from '../../../core/contract/activity'
import type { MyProxyLinks, ProxyMemberPage, ProxyPerson } from '../../../core/contract/proxy'
import type { MemberDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { getActivity } from '../activity/get'
import { listActivities } from '../activity/list'
import { openMakeupTasks } from '../activity/makeup'
import { myStudyMonth } from '../study/my-month'
import { linkedElder } from './access'
import type { ProxyLinkDoc } from './model'

const ACTIVITIES_SHOWN = 5

function person(link: ProxyLinkDoc, other: MemberDoc): ProxyPerson {
  return {
    memberId: other._id,
    name: other.name,
    relation: link.relation,
    note: link.note,
    reason: link.reason,
    grantedAt: link.grantedAt,
  }
}

/** Links still in force: active, and both people still active members of the granting branch. */
async function peopleOf(
  ctx: ActionContext,
  links: ProxyLinkDoc[],
  side: 'elderId' | 'proxyId',
): Promise<ProxyPerson[]> {
  const me = ctx.caller.member as MemberDoc
  const out: ProxyPerson[] = []
  for (const link of links) {
    if (link.branchId !== me.branchId) continue
    const other = await findById<MemberDoc>(ctx.db, 'members', link[side])
    if (other && other.status === 'active' && other.branchId === link.branchId) out.push(person(link, other))
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

export async function myProxyLinks(_input: object, ctx: ActionContext): Promise<MyProxyLinks> {
  const me = ctx.caller.member as MemberDoc
  const [forOthers, forMe] = await Promise.all([
    findAll<ProxyLinkDoc>(ctx.db, 'proxyLinks', { proxyId: me._id, status: 'active' }),
    findAll<ProxyLinkDoc>(ctx.db, 'proxyLinks', { elderId: me._id, status: 'active' }),
  ])
  const [recordFor, recordedBy] = await Promise.all([
    peopleOf(ctx, forOthers, 'elderId'),
    peopleOf(ctx, forMe, 'proxyId'),
  ])
  return { recordFor, recordedBy }
}

export async function proxyMemberPage(input: { elderId: string }, ctx: ActionContext): Promise<ProxyMemberPage> {
  const { link, elder, asElder } = await linkedElder(ctx, input.elderId)
  const [activities, makeup, study] = await Promise.all([
    listActivities({ scope: 'upcoming', limit: ACTIVITIES_SHOWN }, asElder),
    openMakeupTasks(asElder, elder._id),
    myStudyMonth({}, asElder),
  ])
  return { elder: person(link, elder), activities: activities.items, makeup, study }
}

export async function proxyActivity(
  input: { elderId: string; activityId: string },
  ctx: ActionContext,
): Promise<ActivityPage & { elderName: string }> {
  const { asElder, elder } = await linkedElder(ctx, input.elderId)
  return { ...(await getActivity({ activityId: input.activityId }, asElder)), elderName: elder.name }
}
