import type {
  adminActivityActions,
  memberActivityActions,
  secretaryActivityActions,
} from '../../../core/contract/activity'
import { addChinaDays, chinaDate } from '../../../core/dates'
import { WORLD } from '../../helpers/cloud'
import {
  aLeave,
  aMakeupTask,
  BRANCH_A_IDS,
  codeNow,
  insertActivity,
  insertActivityNow,
  insertActivityTomorrow,
  insertDocs,
} from '../../helpers/activity-mothers'
import { newSignInKey } from '../../../server/actions/activity/wxacode'
import { BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/** A member of branch B opening branch A's activity finds nothing. */
const OTHER_BRANCH_MEMBER = { otherSecretary: 'ACTIVITY.NOT_FOUND' } as const

export const member: MatrixPart<'member', typeof memberActivityActions> = {
  'activity.list': { allowed: MEMBERS, input: () => ({}) },
  'activity.get': {
    allowed: MEMBERS,
    input: async (cloud) => ({ activityId: (await insertActivityTomorrow(cloud))._id }),
    refused: OTHER_BRANCH_MEMBER,
  },
  'activity.forSignIn': {
    allowed: MEMBERS,
    input: async (cloud) => {
      const { _id } = await insertActivityTomorrow(cloud)
      const signInKey = newSignInKey()
      await insertDocs(cloud, 'signInCodes', [{ _id, signInKey, step: null, fileID: null, updatedAt: 0 }])
      return { signInKey }
    },
    refused: OTHER_BRANCH_MEMBER,
  },
  'leave.request': {
    allowed: MEMBERS,
    input: async (cloud) => ({ activityId: (await insertActivityTomorrow(cloud))._id, reason: '外出开会' }),
    refused: OTHER_BRANCH_MEMBER,
  },
  'attendance.signIn': {
    allowed: MEMBERS,
    input: async (cloud) => ({ activityId: (await insertActivityNow(cloud))._id, code: codeNow(cloud) }),
    refused: OTHER_BRANCH_MEMBER,
  },
  'makeup.mine': { allowed: MEMBERS, input: () => ({}) },
  'makeup.submit': {
    allowed: MEMBERS,
    input: async (cloud) => {
      const activity = await insertActivity(cloud, { status: 'closed' })
      await insertDocs(
        cloud,
        'makeupTasks',
        BRANCH_A_IDS.map((id) => aMakeupTask(activity, id)),
      )
      return { activityId: activity._id, reflection: '认真学习了党章，体会到要把纪律挺在前面。' }
    },
    refused: { otherSecretary: 'MAKEUP.NOT_FOUND' },
  },
}

const FIRST_FRIDAY = {
  kind: 'activityDay' as const,
  recurrence: { kind: 'nthWeekday' as const, n: 1 as const, weekday: 5 as const },
  startTime: '15:00',
  endTime: '17:00',
  place: '三楼会议室',
}

export const secretary: MatrixPart<'secretary', typeof secretaryActivityActions> = {
  'schedule.get': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'schedule.set': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, ...FIRST_FRIDAY }) },
  'activity.form': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'activity.create': {
    allowed: BRANCH_OFFICERS,
    input: () => ({
      branchId: WORLD.branchA,
      type: 'committeeMeeting',
      date: '2026-03-12',
      startTime: '09:00',
      endTime: '10:00',
      place: '书记办公室',
    }),
  },
  'schedule.move': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      activityId: (await insertActivity(cloud, { status: 'planned' }))._id,
      changes: { place: '五楼会议室' },
    }),
  },
  'activity.update': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      activityId: (await insertActivity(cloud, { status: 'planned' }))._id,
      changes: { place: '五楼会议室' },
    }),
  },
  'activity.publish': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertActivity(cloud, { status: 'planned', expectedIds: [] }))._id }),
  },
  'activity.cancel': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertActivityTomorrow(cloud))._id, reason: '与上级会议冲突' }),
  },
  'activity.live': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertActivityNow(cloud))._id }),
  },
  'activity.roster': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertActivityNow(cloud))._id }),
  },
  'leave.queue': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'leave.decide': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const activity = await insertActivityTomorrow(cloud)
      await insertDocs(cloud, 'leaveRequests', [aLeave(activity, WORLD.memberA1)])
      return { activityId: activity._id, memberId: WORLD.memberA1, approve: true }
    },
  },
  'attendance.markPresent': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      activityId: (await insertActivityNow(cloud))._id,
      memberId: WORLD.memberA2,
      reason: '手机没电，现场确认到会',
    }),
  },
  'activity.close': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertActivityNow(cloud))._id }),
  },
  'makeup.queue': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'makeup.review': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const activity = await insertActivity(cloud, { status: 'closed' })
      const submitted = { status: 'submitted' as const, reflection: '学习体会', submittedAt: activity.endAt + 3600_000 }
      await insertDocs(cloud, 'makeupTasks', [aMakeupTask(activity, WORLD.memberA1, submitted)])
      return { activityId: activity._id, memberId: WORLD.memberA1, decision: 'confirm' as const }
    },
  },
  'makeup.recordOffline': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const today = chinaDate(cloud.clock.now())
      const activity = await insertActivity(cloud, { status: 'closed', date: addChinaDays(today, -3) })
      await insertDocs(cloud, 'makeupTasks', [aMakeupTask(activity, WORLD.unboundA)])
      return { activityId: activity._id, memberId: WORLD.unboundA, on: today, note: '在支部活动室学习了会议记录' }
    },
  },
  'activity.branchHistory': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
}

export const admin: MatrixPart<'admin', typeof adminActivityActions> = {}
