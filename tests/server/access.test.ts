import { checkAccess, scopeBranch } from '../../server/runtime/access'
import type { Caller } from '../../server/runtime/types'
import { aMember } from '../helpers/mothers'

const member = aMember({ _id: 'm1', branchId: 'b1' })
const secretary = aMember({ _id: 's1', branchId: 'b1', role: 'secretary' })
const committee = aMember({ _id: 'c1', branchId: 'b1', role: 'committee' })
const caller = (over: Partial<Caller>): Caller => ({
  openid: 'oCaller',
  source: 'wx_client',
  member: null,
  isAdmin: false,
  ...over,
})

function codeOf(fn: () => void): string | null {
  try {
    fn()
    return null
  } catch (error) {
    return (error as { code: string }).code
  }
}

describe('checkAccess', () => {
  it.each([
    ['timer', caller({ source: 'wx_trigger', openid: '' }), null],
    ['timer', caller({ member: secretary, isAdmin: true }), 'AUTH.TIMER_ONLY'],
    ['anyone', caller({ openid: '' }), 'AUTH.NO_CALLER'],
    ['anyone', caller({}), null],
    ['member', caller({}), 'AUTH.NOT_BOUND'],
    ['member', caller({ member }), null],
    ['secretary', caller({ member }), 'AUTH.FORBIDDEN'],
    ['secretary', caller({}), 'AUTH.NOT_BOUND'],
    ['secretary', caller({ member: committee }), null],
    ['secretary', caller({ isAdmin: true }), null],
    ['admin', caller({ member: secretary }), 'AUTH.FORBIDDEN'],
    ['admin', caller({ isAdmin: true }), null],
  ] as const)('%s as %o → %s', (access, who, code) => {
    expect(codeOf(() => checkAccess(access, who))).toBe(code)
  })
})

describe('scopeBranch', () => {
  it('keeps a secretary to their own branch', () => {
    expect(scopeBranch(caller({ member: secretary }), undefined)).toBe('b1')
    expect(scopeBranch(caller({ member: secretary }), 'b1')).toBe('b1')
    expect(codeOf(() => scopeBranch(caller({ member: secretary }), 'b2'))).toBe('AUTH.OTHER_BRANCH')
    expect(codeOf(() => scopeBranch(caller({ member }), 'b1'))).toBe('AUTH.FORBIDDEN')
  })

  it('lets an admin name any branch, and asks for one when they have none', () => {
    expect(scopeBranch(caller({ isAdmin: true }), 'b2')).toBe('b2')
    expect(codeOf(() => scopeBranch(caller({ isAdmin: true }), undefined))).toBe('REQUEST.INVALID')
  })
})
