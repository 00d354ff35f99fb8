/** 组织生活会 test data: branch A's 组织生活会 (held a week ago unless told) and 整改事项 on it. */
import { addDays } from '../../core/appraisal/rules'
import { chinaDate, chinaInstant } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { RectifyItemDoc } from '../../server/actions/orglife/model'
import { insertActivity, insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

/** A 组织生活会 of branch A on `date` (default: a week before the cloud's today), published 12 days before. */
export async function insertLifeMeeting(
  cloud: LocalCloud,
  overrides: Partial<ActivityDoc> & { date?: string } = {},
): Promise<ActivityDoc> {
  const date = overrides.date ?? addDays(chinaDate(cloud.clock.now()), -7)
  return insertActivity(cloud, {
    _id: 'act-life',
    type: 'lifeMeeting',
    title: '年度组织生活会',
    status: 'closed',
    date,
    month: date.slice(0, 7),
    startAt: chinaInstant(`${date} 14:30`),
    endAt: chinaInstant(`${date} 17:00`),
    publishedAt: chinaInstant(`${addDays(date, -12)} 09:00`),
    ...overrides,
  })
}

export function anItem(overrides: Partial<RectifyItemDoc> = {}): RectifyItemDoc {
  return {
    _id: 'rect-a1',
    activityId: 'act-life',
    branchId: WORLD.branchA,
    text: '理论学习不够系统',
    ownerId: WORLD.memberA1,
    ownerName: '甲党员一',
    dueOn: '2099-12-31',
    state: 'notStarted',
    note: '',
    contentVerdict: 'pass',
    createdAt: 0,
    createdById: WORLD.secretaryA,
    updatedAt: 0,
    closedAt: null,
    closedById: null,
    closedByName: '',
    overdueRemindedAt: null,
    ...overrides,
  }
}

export async function insertItems(cloud: LocalCloud, items: RectifyItemDoc[]): Promise<RectifyItemDoc[]> {
  await insertDocs(cloud, 'rectifyItems', items)
  return items
}
