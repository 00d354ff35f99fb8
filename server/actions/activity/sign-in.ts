/**
 * A member signs in with the rotating code (typed, or read from the QR). Checks in the order a
 * person can act on: the window (says when it opens), the code, the place; then one write by
 * deterministic id, so signing in twice — or twenty times at once — leaves one record.
 */
import type { SignInResult } from '../../../core/contract/activity'
import { checkFence } from '../../../core/activity/geo'
import type { Position } from '../../../core/activity/types'
import { signInWindow } from '../../../core/activity/window'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import type { ActionContext } from '../../runtime/types'
import type { ProxyMark } from '../proxy/model'
import { memberActivity } from './load'
import type { ActivityDoc, AttendanceDoc } from './model'
import { addOrGet, recordId } from './records'
import { checkCode } from './sign-code'
import { activityIdOfKey } from './wxacode'

function refuseOutsideWindow(activity: ActivityDoc, now: number): void {
  const window = signInWindow(activity, now)
  if (window.state === 'open') return
  if (window.state === 'notYet') throw new DomainError('ATTENDANCE.WINDOW_NOT_OPEN', window.message)
  if (window.state === 'notPublished') throw new DomainError('ACTIVITY.NOT_PUBLISHED')
  throw new DomainError('ATTENDANCE.WINDOW_CLOSED', window.message)
}

function result(activity: ActivityDoc, record: AttendanceDoc, already: boolean): SignInResult {
  return {
    activityId: activity._id,
    title: activity.title,
    place: activity.place,
    at: record.at,
    method: record.method ?? 'code',
    distanceM: record.distanceM,
    already,
    ...(record.proxy ? { proxyName: record.proxy.name } : {}),
  }
}

export async function signIn(
  input: { activityId: string; code: string; signInKey?: string; via?: 'code' | 'qr'; position?: Position },
  ctx: ActionContext,
  proxy?: ProxyMark,
): Promise<SignInResult> {
  const { activity, member } = await memberActivity(ctx, input.activityId)
  if (input.signInKey !== undefined && (await activityIdOfKey(ctx, input.signInKey)) !== activity._id) {
    throw new DomainError('ATTENDANCE.OTHER_ACTIVITY')
  }
  if (!activity.expectedIds.includes(member._id)) throw new DomainError('ATTENDANCE.NOT_EXPECTED')
  const now = ctx.now()
  refuseOutsideWindow(activity, now)
  const code = checkCode(activity.signInSecret, input.code, now)
  if (code === 'expired') throw new DomainError('ATTENDANCE.CODE_EXPIRED')
  if (code === 'wrong') throw new DomainError('ATTENDANCE.CODE_WRONG')
  let distanceM: number | null = null
  if (activity.geofence) {
    if (!input.position) throw new DomainError('ATTENDANCE.POSITION_REQUIRED')
    const fence = checkFence(activity.geofence, input.position)
    if (!fence.inside) throw new DomainError('ATTENDANCE.TOO_FAR', fence.message)
    distanceM = fence.distanceM
  }
  const stored = await addOrGet(
    ctx.db,
    'attendance',
    presentRecord(activity, member, input.via ?? 'code', distanceM, now, proxy),
  )
  if (stored.doc.status !== 'present') {
    // Closed while this sign-in was on its way: the closing record stands; the secretary can correct it.
    throw new DomainError('ATTENDANCE.WINDOW_CLOSED', '活动已经结束，签到已关闭；如确实参加了，请联系书记补签')
  }
  return result(activity, stored.doc, !stored.created)
}

function presentRecord(
  activity: ActivityDoc,
  member: MemberDoc,
  via: 'code' | 'qr',
  distanceM: number | null,
  now: number,
  proxy?: ProxyMark,
): AttendanceDoc {
  return {
    _id: recordId(activity._id, member._id),
    activityId: activity._id,
    branchId: activity.branchId,
    memberId: member._id,
    month: activity.month,
    startAt: activity.startAt,
    status: 'present',
    method: via,
    at: now,
    source: 'member',
    byId: proxy?.id ?? member._id,
    byName: proxy?.name ?? member.name,
    reason: null,
    distanceM,
    history: [],
    createdAt: now,
    updatedAt: now,
    ...(proxy ? { proxy } : {}),
  }
}
