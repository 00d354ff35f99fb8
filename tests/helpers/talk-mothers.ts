/** 谈心谈话 test data: a talk between two of branch A's people, recorded by the first. */
import { randomUUID } from 'node:crypto'
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { TalkDoc } from '../../server/actions/talk/model'
import { insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

/** A standing talk today (the cloud's today), member A1 with member A2 unless told. */
export function aTalk(cloud: LocalCloud, overrides: Partial<TalkDoc> = {}): TalkDoc {
  const now = cloud.clock.now()
  return {
    _id: `talk-${randomUUID().slice(0, 8)}`,
    branchId: WORLD.branchA,
    recorderId: WORLD.memberA1,
    recorderName: '甲党员一',
    partnerId: WORLD.memberA2,
    date: chinaDate(now),
    notes: '谈了工作和学习的体会',
    status: 'active',
    contentVerdict: 'pass',
    createdAt: now,
    updatedAt: now,
    changes: [],
    ...overrides,
  }
}

export async function insertTalks(cloud: LocalCloud, talks: TalkDoc[]): Promise<TalkDoc[]> {
  await insertDocs(cloud, 'talks', talks)
  return talks
}
