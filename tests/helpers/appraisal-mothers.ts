/** 民主评议 test data: this year's grade of a member of branch A, recorded today. */
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import { appraisalId, type AppraisalDoc } from '../../server/actions/appraisal/model'
import { insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

export const todayOf = (cloud: LocalCloud): string => chinaDate(cloud.clock.now())
export const yearOf = (cloud: LocalCloud): number => Number(todayOf(cloud).slice(0, 4))

export function anAppraisal(cloud: LocalCloud, overrides: Partial<AppraisalDoc> = {}): AppraisalDoc {
  const year = overrides.year ?? yearOf(cloud)
  const memberId = overrides.memberId ?? WORLD.memberA1
  const now = cloud.clock.now()
  return {
    _id: appraisalId(year, memberId),
    year,
    memberId,
    memberName: '甲党员一',
    branchId: WORLD.branchA,
    grade: 'qualified',
    reason: '',
    decidedOn: todayOf(cloud),
    recordedAt: now,
    recordedById: WORLD.secretaryA,
    recordedByName: '甲书记',
    updatedAt: now,
    rectification: null,
    contentVerdict: 'pass',
    corrections: [],
    ...overrides,
  }
}

export async function insertAppraisal(cloud: LocalCloud, overrides: Partial<AppraisalDoc> = {}): Promise<AppraisalDoc> {
  const doc = anAppraisal(cloud, overrides)
  await insertDocs(cloud, 'appraisals', [doc])
  return doc
}
