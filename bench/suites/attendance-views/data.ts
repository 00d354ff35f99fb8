/** A bureau of 3,000 members in 20 branches with one year of activities and records, written straight into the store. */
import { chinaInstant } from '../../../core/dates'
import type { ActivityType } from '../../../core/activity/types'
import { demoOpenid } from '../../../demo/identities'
import { seededRandom } from '../../../demo/names'
import type { LocalCloud } from '../../../localcloud/server'
import type { MemberDoc, OrgDoc } from '../../../server/model'

export const YEAR = 2025
const BRANCHES = 20
const PER_BRANCH = 150
const COMMITTEE = 7

const pad = (n: number) => String(n).padStart(2, '0')
type Raw = Record<string, unknown>

export interface Built {
  branches: number
  members: number
  attendance: number
  leaves: number
  makeups: number
  bills: number
  checkins: number
  largestBranch: string
  largestBranchSize: number
}

export async function buildBureau(cloud: LocalCloud): Promise<Built> {
  const random = seededRandom(2025)
  const t0 = chinaInstant(`${YEAR}-01-01 00:00`)
  const orgs: OrgDoc[] = []
  const members: MemberDoc[] = []
  const activities: Raw[] = []
  const attendance: Raw[] = []
  const leaves: Raw[] = []
  const makeups: Raw[] = []
  const bills: Raw[] = []
  const checkins: Raw[] = []
  for (let b = 0; b < BRANCHES; b++) {
    const branchId = `bench-b${pad(b + 1)}`
    orgs.push({
      _id: branchId,
      kind: 'branch',
      name: `第${b + 1}党支部`,
      parentId: null,
      status: 'active',
      createdAt: t0 + b,
    })
    const ids: string[] = []
    for (let i = 0; i < PER_BRANCH; i++) {
      const id = `${branchId}-m${String(i).padStart(3, '0')}`
      ids.push(id)
      members.push({
        _id: id,
        name: `党员${b + 1}-${i}`,
        branchId,
        groupId: null,
        role: i === 0 ? 'secretary' : i < COMMITTEE ? 'committee' : 'member',
        duty: null,
        joinDate: '2010-07-01',
        probationary: false,
        duesCategory: 'inService',
        duesBaseFen: 600000,
        status: 'active',
        openid: demoOpenid(id),
        boundAt: t0,
        createdAt: t0,
        updatedAt: t0,
      })
    }
    for (let m = 1; m <= 12; m++) {
      const month = `${YEAR}-${pad(m)}`
      const plan: Array<[ActivityType, number, string[]]> = [
        ['studyDay', 8, ids],
        ['activityDay', 15, ids],
        ['committeeMeeting', 5, ids.slice(0, COMMITTEE)],
      ]
      if (m % 3 === 2) plan.push(['generalMeeting', 20, ids])
      if (m % 3 === 0) plan.push(['partyLecture', 18, ids])
      for (const [type, day, expected] of plan) {
        const id = `${branchId}_${type}_${month}`
        const date = `${month}-${pad(day)}`
        const startAt = chinaInstant(`${date} 15:00`)
        activities.push({
          _id: id,
          branchId,
          type,
          title: `${m}月${type}`,
          status: 'closed',
          date,
          month,
          startTime: '15:00',
          endTime: '17:00',
          startAt,
          endAt: startAt + 7_200_000,
          place: '会议室',
          geofence: null,
          agenda: '',
          materials: [],
          expected: { kind: 'branch' },
          expectedIds: expected,
          scheduleId: null,
          edited: false,
          signInSecret: 's',
          contentVerdict: 'pass',
          createdAt: t0,
          createdById: null,
          updatedAt: t0,
          publishedAt: t0,
          publishedById: null,
          closedAt: startAt + 7_300_000,
          closedById: null,
        })
        for (const memberId of expected) {
          const roll = random()
          const status = roll < 0.85 ? 'present' : roll < 0.93 ? 'leave' : 'absent'
          const rid = `${id}_${memberId}`
          attendance.push({
            _id: rid,
            activityId: id,
            branchId,
            memberId,
            month,
            startAt,
            status,
            method: status === 'present' ? 'code' : null,
            at: startAt,
            source: status === 'present' ? 'member' : 'close',
            byId: null,
            byName: null,
            reason: null,
            distanceM: null,
            history: [],
            createdAt: startAt,
            updatedAt: startAt,
          })
          if (status === 'leave')
            leaves.push({
              _id: rid,
              activityId: id,
              branchId,
              memberId,
              startAt,
              status: 'approved',
              reason: '出差',
              requestedAt: startAt - 86_400_000,
              decidedAt: startAt - 80_000_000,
              decidedById: null,
              decidedByName: '书记',
              decisionReason: null,
              history: [],
            })
          if (status !== 'present')
            makeups.push({
              _id: rid,
              activityId: id,
              branchId,
              memberId,
              cause: status === 'leave' ? 'leave' : 'absent',
              activity: { title: `${m}月${type}`, type, startAt },
              materials: [],
              status: random() < 0.7 ? 'done' : 'due',
              reflection: null,
              reflectionVerdict: null,
              submittedAt: null,
              submissions: [],
              reviews: [],
              cancelledAt: null,
              cancelReason: null,
              createdAt: startAt,
              updatedAt: startAt,
            })
        }
      }
      for (const memberId of ids) {
        bills.push({
          _id: `${memberId}_${month}`,
          memberId,
          branchId,
          month,
          dueFen: 9000,
          amountId: null,
          paidFen: random() < 0.9 ? 9000 : 0,
          state: 'settled',
          pendingPaymentId: null,
          applied: [],
          rev: 1,
          createdAt: t0,
          updatedAt: t0,
        })
        const days = random() < 0.8 ? 2 : 0
        for (let d = 0; d < days; d++)
          checkins.push({
            _id: `${memberId}_${month}_${d}`,
            memberId,
            branchId,
            day: `${month}-${pad(3 + d * 10)}`,
            month,
            late: false,
            status: 'active',
            itemId: null,
            title: '学习强国',
            kind: null,
            minutes: 30,
            reflection: '',
            contentCheck: 'pass',
            createdAt: t0,
            updatedAt: t0,
            withdrawnAt: null,
            version: 1,
            history: [],
          })
      }
    }
  }
  const put = (name: string, docs: object[]) => cloud.database.insertRaw(name, docs as Raw[])
  await put('orgs', orgs)
  await put('members', members)
  await put('activities', activities)
  for (let i = 0; i < attendance.length; i += 20_000) await put('attendance', attendance.slice(i, i + 20_000))
  await put('leaveRequests', leaves)
  await put('makeupTasks', makeups)
  await put('duesBills', bills)
  await put('studyCheckins', checkins)
  return {
    branches: BRANCHES,
    members: members.length,
    attendance: attendance.length,
    leaves: leaves.length,
    makeups: makeups.length,
    bills: bills.length,
    checkins: checkins.length,
    largestBranch: 'bench-b01',
    largestBranchSize: PER_BRANCH,
  }
}
