/** 表决 test data: a 支部党员大会 of branch A with who signed in, 预备党员 among those expected, and motions. */
import { randomUUID } from 'node:crypto'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc, AttendanceDoc } from '../../server/actions/activity/model'
import type { StoredFigures, VoteDoc } from '../../server/actions/vote/model'
import type { Tally } from '../../core/vote/types'
import { insertDocs } from './activity-mothers'
import { WORLD } from './cloud'
import { insertMeeting } from './minutes-mothers'

/** A present sign-in of one member, as the officer's roster keeps it. */
export function aPresence(activity: ActivityDoc, memberId: string): AttendanceDoc {
  return {
    _id: `${activity._id}_${memberId}`,
    activityId: activity._id,
    branchId: activity.branchId,
    memberId,
    month: activity.month,
    startAt: activity.startAt,
    status: 'present',
    method: 'code',
    at: activity.startAt + 60_000,
    source: 'member',
    byId: null,
    byName: null,
    reason: null,
    distanceM: null,
    history: [],
    createdAt: activity.startAt + 60_000,
    updatedAt: activity.startAt + 60_000,
  }
}

/** Makes these members of the test world 预备党员. */
export async function makeProbationary(cloud: LocalCloud, ids: string[]): Promise<void> {
  for (const id of ids) {
    const [member] = await cloud.database.find('members', { _id: id })
    await cloud.database.insertRaw('members', [{ ...member, probationary: true }])
  }
}

/**
 * A held 支部党员大会 of branch A (five expected, closed an hour ago) where `present` signed in.
 * Defaults: the secretary and member A1 came — 2 of 5, no quorum.
 */
export async function insertGeneralMeeting(
  cloud: LocalCloud,
  present: string[] = [WORLD.secretaryA, WORLD.memberA1],
  overrides: Partial<ActivityDoc> = {},
): Promise<ActivityDoc> {
  const meeting = await insertMeeting(cloud, { _id: `general-${randomUUID().slice(0, 8)}`, ...overrides })
  if (present.length > 0)
    await insertDocs(
      cloud,
      'attendance',
      present.map((id) => aPresence(meeting, id)),
    )
  return meeting
}

export const tally = (f: number, against = 0, abstain = 0, written = 0): Tally => ({
  for: f,
  against,
  abstain,
  written,
})

/** A motion entered after the meeting, with the figures it was counted against. */
export function aVote(
  activity: ActivityDoc,
  figures: StoredFigures,
  t: Tally,
  overrides: Partial<VoteDoc> = {},
): VoteDoc {
  const at = activity.endAt + 300_000
  return {
    _id: `vote-${randomUUID().slice(0, 8)}`,
    activityId: activity._id,
    branchId: activity.branchId,
    title: '关于确定入党积极分子的决议',
    tally: t,
    figures,
    subject: null,
    recordedAt: at,
    recordedById: WORLD.secretaryA,
    recordedByName: '甲书记',
    updatedAt: at,
    contentVerdict: 'pass',
    corrections: [],
    ...overrides,
  }
}

export async function insertVote(cloud: LocalCloud, vote: VoteDoc): Promise<VoteDoc> {
  await insertDocs(cloud, 'votes', [vote])
  return vote
}
