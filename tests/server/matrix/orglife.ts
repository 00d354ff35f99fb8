import type { adminOrglifeActions, memberOrglifeActions, secretaryOrglifeActions } from '../../../core/contract/orglife'
import { chinaDate } from '../../../core/dates'
import { WORLD } from '../../helpers/cloud'
import { anItem, insertItems, insertLifeMeeting } from '../../helpers/orglife-mothers'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/** Branch A's 组织生活会 held a week ago. */
const meeting = async (cloud: Parameters<typeof insertLifeMeeting>[0]) => (await insertLifeMeeting(cloud))._id
/** An open item of it, owned by member A1. */
const item = async (cloud: Parameters<typeof insertLifeMeeting>[0]) => {
  await insertLifeMeeting(cloud)
  return (await insertItems(cloud, [anItem()]))[0]!._id
}
const later = (cloud: Parameters<typeof insertLifeMeeting>[0]) => chinaDate(cloud.clock.now() + 30 * 86_400_000)

export const secretary: MatrixPart<'secretary', typeof secretaryOrglifeActions> = {
  'orglife.page': { allowed: BRANCH_OFFICERS, input: async (cloud) => ({ activityId: await meeting(cloud) }) },
  'orglife.tick': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: await meeting(cloud), key: 'materials', done: true }),
  },
  'orglife.addItem': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      activityId: await meeting(cloud),
      text: '联系群众不够紧密',
      ownerId: WORLD.memberA2,
      dueOn: later(cloud),
    }),
  },
  'orglife.updateItem': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      itemId: await item(cloud),
      text: '理论学习不够系统深入',
      ownerId: WORLD.memberA2,
      dueOn: later(cloud),
      state: 'inProgress',
    }),
  },
  'orglife.closeItem': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ itemId: await item(cloud), note: '已制定学习计划并按月落实' }),
  },
  'orglife.withdrawItem': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ itemId: await item(cloud), reason: '与另一条重复' }),
  },
}

export const admin: MatrixPart<'admin', typeof adminOrglifeActions> = {
  'orglife.counts': { allowed: ADMINS, input: () => ({}) },
}

export const member: MatrixPart<'member', typeof memberOrglifeActions> = {
  'orglife.mine': { allowed: MEMBERS, input: () => ({}) },
}
