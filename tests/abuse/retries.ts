/**
 * The actions that write something new, each with a way to count what it wrote: the retry tests
 * send each again with the same request key — after an answer, at once three times over, and after
 * the function instance was killed in the middle — and the count must stay at what one call makes.
 */
import type { FunctionName } from '../../core/contract'
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import {
  insertActivityTomorrow,
  aMakeupTask,
  insertActivity,
  insertDocs,
  BRANCH_A_IDS,
} from '../helpers/activity-mothers'
import { asSecretary, WORLD } from '../helpers/cloud'
import { thisMonth, WORLD_MONTHLY_FEN } from '../helpers/dues-mothers'
import { grantLink } from '../helpers/proxy-mothers'
import { insertGeneralMeeting } from '../helpers/vote-mothers'
import { insertLifeMeeting } from '../helpers/orglife-mothers'
import type { Who } from '../server/matrix/types'

export interface RetryCase {
  name: string
  fn: FunctionName
  action: string
  who: Who
  input(cloud: LocalCloud): Promise<object> | object
  /** What one call writes (records, history entries, counts), counted in the store. */
  written(cloud: LocalCloud): Promise<number>
  /** Audit entries one call leaves (officers' writes). */
  audited?: string[]
}

const count = async (cloud: LocalCloud, collection: string, filter: Record<string, unknown>) =>
  (await cloud.database.find(collection, filter)).length

export const RETRY_CASES: RetryCase[] = [
  {
    name: '党费 report',
    fn: 'member',
    action: 'dues.report',
    who: 'member',
    input: () => ({ months: [thisMonth()], amountFen: WORLD_MONTHLY_FEN, method: 'wechat', note: '重试' }),
    written: (c) => count(c, 'duesPayments', { memberId: WORLD.memberA1 }),
  },
  {
    name: 'payment recorded in person',
    fn: 'secretary',
    action: 'dues.payment.record',
    who: 'secretary',
    input: () => ({ memberId: WORLD.memberA2, months: [thisMonth()], amountFen: WORLD_MONTHLY_FEN, method: 'cash' }),
    written: (c) => count(c, 'duesPayments', { memberId: WORLD.memberA2 }),
    audited: ['dues.record'],
  },
  {
    name: 'branch notice',
    fn: 'secretary',
    action: 'notice.publish',
    who: 'secretary',
    input: () => ({ title: '重试的支部通知', body: '请按时参加。' }),
    written: async (c) =>
      (await count(c, 'notices', { title: '重试的支部通知' })) * 100 +
      (await count(c, 'noticeInbox', { title: '重试的支部通知' })),
    audited: ['notice.publish'],
  },
  {
    name: 'bureau notice',
    fn: 'admin',
    action: 'notice.publish',
    who: 'admin',
    input: () => ({ title: '重试的机关通知', body: '请各支部按时报送。' }),
    written: (c) => count(c, 'notices', { title: '重试的机关通知' }),
    audited: ['notice.publish'],
  },
  {
    name: 'activity created and published',
    fn: 'secretary',
    action: 'activity.create',
    who: 'secretary',
    input: () => ({
      type: 'other',
      title: '重试的活动',
      date: '2026-12-24',
      startTime: '09:00',
      endTime: '10:00',
      place: '会议室',
      publish: true,
    }),
    written: (c) => count(c, 'activities', { title: '重试的活动' }),
    audited: ['activity.create', 'activity.publish'],
  },
  {
    name: 'activity called off',
    fn: 'secretary',
    action: 'activity.cancel',
    who: 'secretary',
    input: async (c) => {
      const planned = await insertActivityTomorrow(c, { _id: 'act-retry-cancel', status: 'planned', expectedIds: [] })
      await asSecretary(c).ok('secretary', 'activity.publish', { activityId: planned._id })
      return { activityId: planned._id, reason: '与上级会议冲突' }
    },
    written: async (c) => {
      const told = await c.database.find('notices', {
        'source.activityId': 'act-retry-cancel',
        'source.event': 'cancelled',
      })
      return told.length * 100 + (await count(c, 'noticeInbox', { noticeId: { $in: told.map((n) => n._id) } }))
    },
    audited: ['activity.cancel'],
  },
  {
    name: 'study check-in',
    fn: 'member',
    action: 'study.checkIn',
    who: 'member',
    input: () => ({ title: '重试的学习' }),
    written: (c) => count(c, 'studyCheckins', { title: '重试的学习' }),
  },
  {
    name: 'branch reading item',
    fn: 'secretary',
    action: 'studyItems.add',
    who: 'secretary',
    input: () => ({ title: '重试的书目', kind: 'book' }),
    written: (c) => count(c, 'studyItems', { title: '重试的书目' }),
    audited: ['studyItem.add'],
  },
  {
    name: '党小组 created',
    fn: 'admin',
    action: 'org.create',
    who: 'admin',
    input: () => ({ kind: 'group', name: '重试的党小组', parentId: WORLD.branchA }),
    written: (c) => count(c, 'orgs', { name: '重试的党小组' }),
    audited: ['org.create'],
  },
  {
    name: 'roster import',
    fn: 'admin',
    action: 'roster.import',
    who: 'admin',
    input: () => ({ text: '姓名,支部,入党日期\n重试甲,第一支部,2020-07-01\n重试乙,第一支部,2021-07-01' }),
    written: (c) => count(c, 'members', { name: { $in: ['重试甲', '重试乙'] } }),
    audited: ['roster.import'],
  },
  {
    name: 'branch ledger export',
    fn: 'secretary',
    action: 'attendance.exportBranch',
    who: 'secretary',
    input: () => ({}),
    written: (c) => count(c, 'attendanceExports', {}),
    audited: ['attendance.export'],
  },
  {
    name: 'authorization counted',
    fn: 'member',
    action: 'subscribe.record',
    who: 'member',
    input: () => ({ moment: 'settings', results: { activity: 'accept' } }),
    written: async (c) => {
      const [sub] = await c.database.find('subscriptions', { _id: `${WORLD.memberA1}_activity` })
      return Number(sub?.remaining ?? 0)
    },
  },
  {
    name: 'leave request',
    fn: 'member',
    action: 'leave.request',
    who: 'member',
    input: async (c) => ({ activityId: (await insertActivityTomorrow(c, { _id: 'act-retry' }))._id, reason: '出差' }),
    written: async (c) => {
      const [leave] = await c.database.find('leaveRequests', { _id: `act-retry_${WORLD.memberA1}` })
      return ((leave?.history as unknown[] | undefined) ?? []).length
    },
  },
  {
    name: '补学 心得',
    fn: 'member',
    action: 'makeup.submit',
    who: 'member',
    input: async (c) => {
      const activity = await insertActivity(c, { _id: 'act-retry-makeup', status: 'closed' })
      await insertDocs(
        c,
        'makeupTasks',
        BRANCH_A_IDS.map((id) => aMakeupTask(activity, id)),
      )
      return { activityId: activity._id, reflection: '认真学习了党章，体会到要把纪律挺在前面。' }
    },
    written: async (c) => {
      const [task] = await c.database.find('makeupTasks', { _id: `act-retry-makeup_${WORLD.memberA1}` })
      return ((task?.submissions as unknown[] | undefined) ?? []).length
    },
  },
  {
    name: '线下补学 recorded',
    fn: 'secretary',
    action: 'makeup.recordOffline',
    who: 'secretary',
    input: async (c) => {
      const today = chinaDate(c.clock.now())
      const activity = await insertActivity(c, { _id: 'act-retry-offline', status: 'closed', date: today })
      await insertDocs(c, 'makeupTasks', [aMakeupTask(activity, WORLD.unboundA)])
      return { activityId: activity._id, memberId: WORLD.unboundA, on: today, note: '在支部活动室学习，交了纸质心得' }
    },
    written: async (c) => {
      const [task] = await c.database.find('makeupTasks', { _id: `act-retry-offline_${WORLD.unboundA}` })
      return task?.offline ? 1 : 0
    },
    audited: ['makeup.offline'],
  },
  {
    name: '代为记录 granted',
    fn: 'secretary',
    action: 'proxy.grant',
    who: 'secretary',
    input: () => ({
      elderId: WORLD.unboundA,
      proxyId: WORLD.memberA1,
      relation: 'family',
      note: '女儿',
      reason: '本人年事已高，请女儿代为记录',
    }),
    written: async (c) => {
      const [link] = await c.database.find('proxyLinks', { _id: `${WORLD.unboundA}_${WORLD.memberA1}` })
      return link?.status === 'active' ? 1 + ((link.history as unknown[] | undefined) ?? []).length : 0
    },
    audited: ['proxy.grant'],
  },
  {
    name: '学习 recorded for a linked member (代记)',
    fn: 'member',
    action: 'proxy.checkIn',
    who: 'member',
    input: async (c) => {
      await grantLink(c, WORLD.unboundA)
      return { elderId: WORLD.unboundA, title: '重试的代记学习', minutes: 20 }
    },
    written: (c) => count(c, 'studyCheckins', { memberId: WORLD.unboundA }),
  },
  {
    name: '表决 entered at a 支部党员大会',
    fn: 'secretary',
    action: 'vote.record',
    who: 'secretary',
    input: async (c) => {
      const meeting = await insertGeneralMeeting(c, [WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2], {
        _id: 'general-retry',
      })
      return { activityId: meeting._id, title: '重试的表决事项', tally: { for: 3, against: 0, abstain: 0 } }
    },
    written: (c) => count(c, 'votes', { title: '重试的表决事项' }),
    audited: ['vote.record'],
  },
  {
    name: '整改事项 added',
    fn: 'secretary',
    action: 'orglife.addItem',
    who: 'secretary',
    input: async (c) => {
      const meeting = await insertLifeMeeting(c)
      return { activityId: meeting._id, text: '重试的整改事项', ownerId: WORLD.memberA2, dueOn: meeting.date }
    },
    written: (c) => count(c, 'rectifyItems', { activityId: 'act-life' }),
    audited: ['orglife.addItem'],
  },
  {
    name: '民主评议 grade recorded',
    fn: 'secretary',
    action: 'appraisal.record',
    who: 'secretary',
    input: async (c) => {
      const today = chinaDate(c.clock.now())
      return { year: Number(today.slice(0, 4)), memberId: WORLD.memberA2, grade: 'qualified', decidedOn: today }
    },
    written: (c) => count(c, 'appraisals', { memberId: WORLD.memberA2 }),
    audited: ['appraisal.record'],
  },
  {
    name: '谈心谈话 recorded',
    fn: 'member',
    action: 'talk.record',
    who: 'member',
    input: async (c) => ({ partnerId: WORLD.memberA2, date: chinaDate(c.clock.now()), notes: '重试的谈话' }),
    written: (c) => count(c, 'talks', { partnerId: WORLD.memberA2 }),
    audited: ['talk.record'],
  },
]
