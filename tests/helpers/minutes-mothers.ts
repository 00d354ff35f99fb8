/** 会议记录 test data: a meeting of branch A that has just been held, and its minutes. */
import { randomUUID } from 'node:crypto'
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { MinutesDoc } from '../../server/actions/minutes/model'
import { insertActivity, insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

/** A 支部党员大会 of branch A, 15:00–17:00 on a day ending an hour before the cloud's now; closed unless told. */
export async function insertMeeting(cloud: LocalCloud, overrides: Partial<ActivityDoc> = {}): Promise<ActivityDoc> {
  const endAt = cloud.clock.now() - 3600_000
  const startAt = endAt - 2 * 3600_000
  const date = chinaDate(startAt)
  return insertActivity(cloud, {
    _id: `meeting-${randomUUID().slice(0, 8)}`,
    type: 'generalMeeting',
    title: '支部党员大会',
    status: 'closed',
    date,
    month: date.slice(0, 7),
    startAt,
    endAt,
    closedAt: endAt,
    closedById: WORLD.secretaryA,
    ...overrides,
  })
}

/** Complete minutes of a meeting, as a draft unless told. */
export function aMinutes(activity: ActivityDoc, overrides: Partial<MinutesDoc> = {}): MinutesDoc {
  const at = activity.endAt + 600_000
  return {
    _id: activity._id,
    activityId: activity._id,
    branchId: activity.branchId,
    status: 'draft',
    hostId: WORLD.secretaryA,
    recorderId: WORLD.memberA1,
    topics: '讨论确定入党积极分子',
    summary: '书记介绍了情况，大家逐一发言。',
    resolutions: '同意确定两名同志为入党积极分子。',
    photos: [],
    attachments: [],
    createdAt: at,
    createdById: WORLD.secretaryA,
    updatedAt: at,
    updatedById: WORLD.secretaryA,
    updatedByName: '甲书记',
    confirmedAt: null,
    confirmedById: null,
    confirmedByName: null,
    contentVerdict: 'pass',
    amendments: [],
    ...overrides,
  }
}

export async function insertMinutes(cloud: LocalCloud, minutes: MinutesDoc): Promise<MinutesDoc> {
  await insertDocs(cloud, 'minutes', [minutes])
  return minutes
}
