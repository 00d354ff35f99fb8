/** Object mothers for activity tests: valid activities written straight into the store, and the live code. */
import { codeStep } from '../../core/activity/code'
import { chinaInstant } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc, LeaveRequestDoc, MakeupTaskDoc } from '../../server/actions/activity/model'
import { codeForStep } from '../../server/actions/activity/sign-code'
import type { MemberDoc } from '../../server/model'
import { aMember } from './mothers'
import { WORLD } from './cloud'

/** A China wall-clock time, e.g. `at('2026-03-06 15:00')`. */
export const at = (dateTime: string): number => chinaInstant(dateTime)

/** Everyone active in the test world's branch A, sorted as the server stores them. */
export const BRANCH_A_IDS = [WORLD.admin, WORLD.memberA1, WORLD.memberA2, WORLD.secretaryA, WORLD.unboundA].sort()

export const TEST_SECRET = 'a-test-secret-that-never-leaves-the-server'

/** A published activity of branch A on 6 March 2026, 15:00–17:00, everyone expected. */
export function anActivity(overrides: Partial<ActivityDoc> = {}): ActivityDoc {
  const date = overrides.date ?? '2026-03-06'
  const startTime = overrides.startTime ?? '15:00'
  const endTime = overrides.endTime ?? '17:00'
  return {
    _id: 'act-1',
    branchId: WORLD.branchA,
    type: 'activityDay',
    title: '3月党员集中活动日',
    status: 'published',
    date,
    month: date.slice(0, 7),
    startTime,
    endTime,
    startAt: at(`${date} ${startTime}`),
    endAt: at(`${date} ${endTime}`),
    place: '三楼会议室',
    geofence: null,
    agenda: '学习党章',
    materials: [{ kind: 'text', title: '学习材料', text: '中国共产党章程（节选）' }],
    expected: { kind: 'branch' },
    expectedIds: BRANCH_A_IDS,
    scheduleId: null,
    edited: false,
    signInSecret: TEST_SECRET,
    contentVerdict: 'pass',
    createdAt: at('2026-03-01 09:00'),
    createdById: WORLD.secretaryA,
    updatedAt: at('2026-03-01 09:00'),
    publishedAt: at('2026-03-01 09:00'),
    publishedById: WORLD.secretaryA,
    closedAt: null,
    closedById: null,
    ...overrides,
  }
}

export async function insertActivity(cloud: LocalCloud, overrides: Partial<ActivityDoc> = {}): Promise<ActivityDoc> {
  const doc = anActivity(overrides)
  await cloud.database.insertRaw('activities', [doc as unknown as Record<string, unknown>])
  return doc
}

/** The code the secretary's phone shows now (from the cloud's clock). */
export function codeNow(cloud: LocalCloud, secret: string = TEST_SECRET): string {
  return codeForStep(secret, codeStep(cloud.clock.now()))
}

/** `count` bound members in a branch, ids `${prefix}-0000`… */
export async function insertMembers(
  cloud: LocalCloud,
  count: number,
  branchId: string = WORLD.branchA,
  prefix = 'm-bulk',
): Promise<string[]> {
  const members: MemberDoc[] = Array.from({ length: count }, (_, i) => {
    const id = `${prefix}-${String(i).padStart(4, '0')}`
    return aMember({ _id: id, branchId, name: `党员${prefix}${i}` })
  })
  await cloud.database.insertRaw('members', members as unknown as Record<string, unknown>[])
  return members.map((m) => m._id)
}

export async function docs<T>(
  cloud: LocalCloud,
  collection: string,
  filter: Record<string, unknown> = {},
): Promise<T[]> {
  return (await cloud.database.find(collection, filter)) as unknown as T[]
}

/** A published activity of branch A under way now on the cloud's clock (started 10 minutes ago, 2 hours left). */
export async function insertActivityNow(cloud: LocalCloud, overrides: Partial<ActivityDoc> = {}): Promise<ActivityDoc> {
  const now = cloud.clock.now()
  return insertActivity(cloud, { startAt: now - 10 * 60_000, endAt: now + 2 * 3600_000, ...overrides })
}

/** A published activity of branch A starting tomorrow on the cloud's clock. */
export async function insertActivityTomorrow(
  cloud: LocalCloud,
  overrides: Partial<ActivityDoc> = {},
): Promise<ActivityDoc> {
  const now = cloud.clock.now()
  return insertActivity(cloud, { startAt: now + 24 * 3600_000, endAt: now + 26 * 3600_000, ...overrides })
}

export function aLeave(
  activity: ActivityDoc,
  memberId: string,
  overrides: Partial<LeaveRequestDoc> = {},
): LeaveRequestDoc {
  return {
    _id: `${activity._id}_${memberId}`,
    activityId: activity._id,
    branchId: activity.branchId,
    memberId,
    status: 'pending',
    reason: '出差',
    requestedAt: activity.startAt - 3600_000,
    decidedAt: null,
    decidedById: null,
    decidedByName: null,
    decisionReason: null,
    history: [{ at: activity.startAt - 3600_000, event: 'request', reason: '出差', byName: '测试' }],
    ...overrides,
  }
}

export function aMakeupTask(
  activity: ActivityDoc,
  memberId: string,
  overrides: Partial<MakeupTaskDoc> = {},
): MakeupTaskDoc {
  return {
    _id: `${activity._id}_${memberId}`,
    activityId: activity._id,
    branchId: activity.branchId,
    memberId,
    cause: 'absent',
    activity: { title: activity.title, type: activity.type, startAt: activity.startAt },
    materials: activity.materials,
    status: 'due',
    reflection: null,
    reflectionVerdict: null,
    submittedAt: null,
    submissions: [],
    reviews: [],
    cancelledAt: null,
    cancelReason: null,
    createdAt: activity.endAt,
    updatedAt: activity.endAt,
    ...overrides,
  }
}

export async function insertDocs(cloud: LocalCloud, collection: string, list: object[]): Promise<void> {
  await cloud.database.insertRaw(collection, list as Record<string, unknown>[])
}
