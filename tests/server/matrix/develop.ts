import type { adminDevelopActions, secretaryDevelopActions } from '../../../core/contract/develop'
import { addMonths } from '../../../core/appraisal/rules'
import { chinaDate } from '../../../core/dates'
import type { LocalCloud } from '../../../localcloud/server'
import { WORLD } from '../../helpers/cloud'
import { anApplicant, aProbationer, insertPeople } from '../../helpers/develop-mothers'
import { ADMINS, BRANCH_OFFICERS, type MatrixPart } from './types'

const today = (cloud: LocalCloud) => chinaDate(cloud.clock.now())
/** Branch A's applicant who applied ten days ago. */
const applicant = async (cloud: LocalCloud) => (await insertPeople(cloud, [anApplicant(cloud)]))[0]!._id
/** Branch A's 预备党员 whose 预备期 ended a month ago. */
const probationer = async (cloud: LocalCloud) =>
  (await insertPeople(cloud, [aProbationer(cloud, addMonths(today(cloud), -13))]))[0]!._id

export const secretary: MatrixPart<'secretary', typeof secretaryDevelopActions> = {
  'develop.pipeline': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'develop.person': { allowed: BRANCH_OFFICERS, input: async (cloud) => ({ personId: await applicant(cloud) }) },
  'develop.add': {
    allowed: BRANCH_OFFICERS,
    input: (cloud) => ({ branchId: WORLD.branchA, name: '甲新申请', day: today(cloud) }),
  },
  'develop.record': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ personId: await applicant(cloud), step: 'talk', day: today(cloud) }),
  },
  'develop.tick': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ personId: await applicant(cloud), doc: 'application', done: true }),
  },
  'develop.extend': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ personId: await probationer(cloud), day: today(cloud), months: 6 }),
  },
  'develop.archive': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ personId: await applicant(cloud), reason: '本人申请暂缓' }),
  },
}

export const admin: MatrixPart<'admin', typeof adminDevelopActions> = {
  'develop.bureau': { allowed: ADMINS, input: () => ({}) },
  'develop.export': { allowed: ADMINS, input: () => ({}) },
}
