/** 党员发展 test data: a person of branch A with the steps up to one recorded, each dated a given day. */
import { addDays } from '../../core/appraisal/rules'
import { chinaDate } from '../../core/dates'
import { DEVELOP_STEP_KEYS, type DevelopStep } from '../../core/develop/types'
import type { LocalCloud } from '../../localcloud/server'
import type { DevelopCandidateDoc, StepEntry } from '../../server/actions/develop/model'
import { insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

export function anEntry(day: string, extra: Partial<StepEntry> = {}): StepEntry {
  return { day, at: 0, byId: WORLD.secretaryA, byName: '甲书记', key: `k-${day}-${Math.random()}`, ...extra }
}

/** Each step before `until` dated by `dayOf(step)` (default: all on `day`). */
export function stepsUpTo(
  until: DevelopStep | null,
  dayOf: (step: DevelopStep) => string,
): Partial<Record<DevelopStep, StepEntry>> {
  const out: Partial<Record<DevelopStep, StepEntry>> = {}
  for (const k of DEVELOP_STEP_KEYS) {
    if (k === until) break
    out[k] = anEntry(dayOf(k))
  }
  return out
}

export function aPerson(overrides: Partial<DevelopCandidateDoc> = {}): DevelopCandidateDoc {
  return {
    _id: 'dev-a1',
    name: '甲申请人',
    branchId: WORLD.branchA,
    status: 'active',
    steps: { apply: anEntry('2000-01-01') },
    reviews: [],
    extension: null,
    docs: {},
    memberId: null,
    reminded: [],
    archived: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  }
}

/** An applicant of branch A who applied `daysAgo` days before the cloud's today. */
export function anApplicant(cloud: LocalCloud, daysAgo = 10, overrides: Partial<DevelopCandidateDoc> = {}) {
  return aPerson({ steps: { apply: anEntry(addDays(chinaDate(cloud.clock.now()), -daysAgo)) }, ...overrides })
}

/**
 * A 预备党员 of branch A admitted `monthsAgo` months before today (default 13): every step up to
 * 支部大会讨论转正 recorded, the earlier ones on the admission's day.
 */
export function aProbationer(cloud: LocalCloud, admitted: string, overrides: Partial<DevelopCandidateDoc> = {}) {
  void cloud
  const steps = stepsUpTo('fullVote', () => admitted)
  return aPerson({
    _id: 'dev-prob',
    name: '甲预备',
    steps,
    reviews: [anEntry(admitted), anEntry(admitted)],
    ...overrides,
  })
}

export async function insertPeople(cloud: LocalCloud, people: DevelopCandidateDoc[]): Promise<DevelopCandidateDoc[]> {
  await insertDocs(cloud, 'developCandidates', people)
  return people
}
