/**
 * Records that member A1 and branch B's secretary have no business with, planted in the test
 * world beside branch A's: branch B's activity, notice, reading item, group, export, a payment
 * and a study entry of B's member, member A2's own leave, attendance, 补学 and study entry on an
 * activity A1 also attends, and a payment of the party office's officer (a member of branch A). Every text in them carries CANARY, so an answer that
 * shows any of them is caught by a plain search.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { ExportDoc } from '../../server/actions/attendance/exports'
import type { AttendanceDoc } from '../../server/actions/activity/model'
import { aLeave, aMakeupTask, insertActivity, insertActivityTomorrow, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, WORLD, type Actor } from '../helpers/cloud'
import { anOrg } from '../helpers/mothers'
import { aStudyItem } from '../helpers/study-mothers'
import { thisMonth, WORLD_MONTHLY_FEN } from '../helpers/dues-mothers'
import type { ForeignIds } from './values'

export const CANARY = 'CANARY金丝雀'

export interface Foreign {
  /** By the kind of record `docId(label)` names. */
  ids: ForeignIds
  /** Ids of A2's personal records on branch A's activity (`${activityId}_${memberId}`). */
  recordIds: string[]
}

async function report(who: Actor): Promise<string> {
  const view = await who.ok('member', 'dues.report', {
    months: [thisMonth()],
    amountFen: WORLD_MONTHLY_FEN,
    method: 'wechat',
    note: `${CANARY}缴费备注`,
  })
  return view.payments[0].id
}

async function entry(cloud: LocalCloud, memberId: string): Promise<string> {
  return (await asMember(cloud, memberId).ok('member', 'study.checkIn', { title: `${CANARY}学习内容` })).id
}

/** Plants the records; call after seedWorld. */
export async function seedForeign(cloud: LocalCloud): Promise<Foreign> {
  const now = cloud.clock.now()
  const activityB = await insertActivity(cloud, {
    _id: 'act-b',
    branchId: WORLD.branchB,
    title: `${CANARY}乙支部活动`,
    agenda: CANARY,
    expectedIds: [WORLD.memberB1, WORLD.secretaryB].sort(),
    startAt: now - 10 * 60_000,
    endAt: now + 2 * 3600_000,
  })
  const shared = await insertActivityTomorrow(cloud, { _id: 'act-a-shared' })
  const a2 = `${shared._id}_${WORLD.memberA2}`
  const attendance: AttendanceDoc = {
    _id: a2,
    activityId: shared._id,
    branchId: WORLD.branchA,
    memberId: WORLD.memberA2,
    month: shared.month,
    startAt: shared.startAt,
    status: 'present',
    method: 'manual',
    at: shared.startAt,
    source: 'officer',
    byId: WORLD.secretaryA,
    byName: '甲书记',
    reason: `${CANARY}补签理由`,
    distanceM: null,
    history: [],
    createdAt: shared.startAt,
    updatedAt: shared.startAt,
  }
  await insertDocs(cloud, 'attendance', [attendance])
  await insertDocs(cloud, 'leaveRequests', [aLeave(shared, WORLD.memberA2, { reason: `${CANARY}请假事由` })])
  await insertDocs(cloud, 'makeupTasks', [
    aMakeupTask(shared, WORLD.memberA2, { status: 'submitted', reflection: `${CANARY}补学心得` }),
  ])
  await insertDocs(cloud, 'orgs', [
    anOrg({ _id: 'org-tb-group', kind: 'group', name: `${CANARY}乙小组`, parentId: WORLD.branchB }),
  ])
  await insertDocs(cloud, 'studyItems', [
    aStudyItem({ _id: 'item-b', scope: 'branch', branchId: WORLD.branchB, title: `${CANARY}乙书目` }),
  ])
  const exportB: ExportDoc = {
    _id: 'export-b',
    kind: 'branchYear',
    branchId: WORLD.branchB,
    scopeName: `${CANARY}第二支部`,
    year: Number(thisMonth().slice(0, 4)),
    fileName: `${CANARY}.xlsx`,
    sizeBytes: 1,
    createdAt: now,
    byName: '乙书记',
    byId: WORLD.secretaryB,
    byOpenid: 'x',
    fileID: 'cloud://local.bucket/exports/b.xlsx',
    cloudPath: 'exports/b.xlsx',
  }
  await insertDocs(cloud, 'attendanceExports', [exportB])
  const noticeB = await asSecretary(cloud, 'B').ok('secretary', 'notice.publish', {
    title: `乙支部通知${CANARY}`,
    body: `${CANARY}只发给第二支部`,
  })
  const [paymentOffice, paymentB1, entryA2, entryB1] = [
    await report(asAdmin(cloud)),
    await report(asMember(cloud, WORLD.memberB1)),
    await entry(cloud, WORLD.memberA2),
    await entry(cloud, WORLD.memberB1),
  ]
  const people = [WORLD.memberB1, WORLD.secretaryB]
  return {
    ids: {
      活动: [activityB._id, a2],
      党员: people,
      支部: [WORLD.branchB],
      转入支部: [WORLD.branchB],
      上级组织: [WORLD.branchB],
      组织: [WORLD.branchB],
      党小组: ['org-tb-group'],
      通知: [noticeB.id],
      学习记录: [entryA2, entryB1],
      学习资料: ['item-b'],
      缴费记录: [paymentOffice, paymentB1],
      导出文件: [exportB._id],
      收缴人: people,
      操作人: people,
    },
    recordIds: [a2],
  }
}
