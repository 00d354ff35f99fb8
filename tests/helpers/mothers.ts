/** Object mothers: valid documents for tests, changed only where a test cares. */
import type { MemberDoc, OrgDoc } from '../../server/model'
import { demoOpenid } from '../../demo/identities'

const T0 = Date.parse('2026-03-01T00:00:00+08:00')

export function anOrg(overrides: Partial<OrgDoc> & Pick<OrgDoc, '_id'>): OrgDoc {
  return {
    kind: 'branch',
    name: `支部${overrides._id}`,
    parentId: 'org-committee',
    status: 'active',
    createdAt: T0,
    ...overrides,
  }
}

export function aMember(overrides: Partial<MemberDoc> & Pick<MemberDoc, '_id' | 'branchId'>): MemberDoc {
  return {
    name: `党员${overrides._id}`,
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: '2010-07-01',
    probationary: false,
    duesCategory: 'inService',
    duesBaseFen: 600000,
    status: 'active',
    openid: demoOpenid(overrides._id),
    boundAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  }
}
