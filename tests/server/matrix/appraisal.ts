import type {
  adminAppraisalActions,
  memberAppraisalActions,
  secretaryAppraisalActions,
} from '../../../core/contract/appraisal'
import { insertAppraisal, todayOf, yearOf } from '../../helpers/appraisal-mothers'
import { WORLD } from '../../helpers/cloud'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberAppraisalActions> = {
  'appraisal.mine': { allowed: MEMBERS, input: () => ({}) },
}

export const secretary: MatrixPart<'secretary', typeof secretaryAppraisalActions> = {
  'appraisal.sheet': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'appraisal.record': {
    allowed: BRANCH_OFFICERS,
    input: (cloud) => ({
      year: yearOf(cloud),
      memberId: WORLD.memberA1,
      grade: 'basic',
      reason: '全年缺席组织生活三次',
      decidedOn: todayOf(cloud),
    }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'appraisal.correct': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      await insertAppraisal(cloud)
      return {
        year: yearOf(cloud),
        memberId: WORLD.memberA1,
        grade: 'unqualified',
        reason: '长期不参加组织生活',
        decidedOn: todayOf(cloud),
        correction: '支委会复议后改定',
      }
    },
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
}

export const admin: MatrixPart<'admin', typeof adminAppraisalActions> = {
  'appraisal.counts': { allowed: ADMINS, input: () => ({}) },
}
