/** Object mothers for the study domain: valid documents, changed only where a test cares. */
import type { LocalCloud } from '../../localcloud/server'
import type { StudyCheckinDoc, StudyItemDoc } from '../../server/actions/study/model'

const T0 = Date.parse('2026-03-01T09:00:00+08:00')

/** An instant in China wall-clock time, e.g. `at('2026-03-10 10:00')`. */
export function at(chinaDateTime: string): number {
  return Date.parse(`${chinaDateTime.replace(' ', 'T')}:00+08:00`)
}

export function aStudyItem(overrides: Partial<StudyItemDoc> & Pick<StudyItemDoc, '_id'>): StudyItemDoc {
  return {
    scope: 'bureau',
    branchId: null,
    title: `书目${overrides._id}`,
    kind: 'book',
    link: null,
    fileID: null,
    period: null,
    status: 'active',
    createdAt: T0,
    createdBy: null,
    updatedAt: T0,
    retiredAt: null,
    ...overrides,
  }
}

export function aCheckin(
  overrides: Partial<StudyCheckinDoc> & Pick<StudyCheckinDoc, '_id' | 'memberId' | 'branchId' | 'day'>,
): StudyCheckinDoc {
  const createdAt = overrides.createdAt ?? at(`${overrides.day} 20:00`)
  return {
    month: overrides.day.slice(0, 7),
    late: false,
    itemId: null,
    title: '自学',
    kind: null,
    minutes: null,
    reflection: '',
    contentCheck: 'pass',
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    withdrawnAt: null,
    version: 1,
    history: [],
    ...overrides,
  }
}

export async function insertItems(cloud: LocalCloud, items: StudyItemDoc[]): Promise<void> {
  await cloud.database.insertRaw('studyItems', items as unknown as Record<string, unknown>[])
}

export async function insertCheckins(cloud: LocalCloud, checkins: StudyCheckinDoc[]): Promise<void> {
  await cloud.database.insertRaw('studyCheckins', checkins as unknown as Record<string, unknown>[])
}
