import type { LocalCloud } from '../../localcloud/server'
import { DEMO_STRANGER_OPENID } from '../../demo/identities'
import type { BindingCodeDoc, MemberDoc } from '../../server/model'
import { actor, asMember, asSecretary, asStranger, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

async function member(id: string): Promise<MemberDoc> {
  const [doc] = await cloud.database.find('members', { _id: id })
  return doc as unknown as MemberDoc
}

describe('binding a WeChat identity with a one-time code', () => {
  it('binds a stranger who gives the right name and code, once', async () => {
    const { code, expiresAt, roster } = await asSecretary(cloud).ok('secretary', 'binding.issue', {
      memberId: WORLD.unboundA,
    })
    expect(code).toMatch(/^\d{6}$/)
    expect(expiresAt - cloud.clock.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000)
    // The answer is the 成员 page as it now reads.
    expect(roster).toEqual(await asSecretary(cloud).ok('secretary', 'members.list', {}))
    expect(roster.members.find((m) => m.id === WORLD.unboundA)?.code).toEqual({ state: 'active', expiresAt })

    const before = await asStranger(cloud).ok('member', 'session.whoami', {})
    expect(before).toEqual({ bound: false, role: null, member: null })

    const session = await asStranger(cloud).ok('member', 'binding.bind', { name: '甲未绑定', code })
    expect(session).toMatchObject({
      bound: true,
      role: 'member',
      member: { id: WORLD.unboundA, branchName: '第一支部' },
    })
    expect((await member(WORLD.unboundA)).openid).toBe(DEMO_STRANGER_OPENID)

    const again = await actor(cloud, 'o' + 'x'.repeat(27)).call('member', 'binding.bind', { name: '甲未绑定', code })
    expect(again).toMatchObject({ ok: false, error: { code: 'BINDING.NO_MATCH' } })
  })

  it('stores no code in clear text', async () => {
    const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    const [doc] = await cloud.database.find('bindingCodes', { _id: WORLD.unboundA })
    expect(JSON.stringify(doc)).not.toContain(code)
  })

  it('locks the code after five wrong tries, even when the right one follows', async () => {
    const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    const wrong = code === '000000' ? '111111' : '000000'
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await asStranger(cloud).call('member', 'binding.bind', { name: '甲未绑定', code: wrong })
      if (res.ok) throw new Error('a wrong code bound')
      messages.push(res.error.code)
    }
    expect(messages).toEqual([
      'BINDING.NO_MATCH',
      'BINDING.NO_MATCH',
      'BINDING.NO_MATCH',
      'BINDING.NO_MATCH',
      'BINDING.LOCKED',
    ])
    const right = await asStranger(cloud).call('member', 'binding.bind', { name: '甲未绑定', code })
    expect(right).toMatchObject({ ok: false, error: { code: 'BINDING.LOCKED' } })
    expect((await member(WORLD.unboundA)).openid).toBeNull()
  })

  it('says how many tries are left', async () => {
    const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    const res = await asStranger(cloud).call('member', 'binding.bind', {
      name: '甲未绑定',
      code: code === '123456' ? '654321' : '123456',
    })
    expect(res).toMatchObject({ ok: false, error: { message: '姓名或绑定码不对，还可以再试4次' } })
  })

  it('refuses an expired code', async () => {
    const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    cloud.clock.set(cloud.clock.now() + 7 * 24 * 3600 * 1000 + 60_000)
    const res = await asStranger(cloud).call('member', 'binding.bind', { name: '甲未绑定', code })
    expect(res).toMatchObject({ ok: false, error: { code: 'BINDING.EXPIRED' } })
  })

  it('replaces the old code with a new one', async () => {
    const first = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    const second = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    if (first.code !== second.code) {
      const old = await asStranger(cloud).call('member', 'binding.bind', { name: '甲未绑定', code: first.code })
      expect(old.ok).toBe(false)
    }
    const [doc] = (await cloud.database.find('bindingCodes', {})) as unknown as BindingCodeDoc[]
    expect(doc.attempts).toBeLessThanOrEqual(1)
    await asStranger(cloud).ok('member', 'binding.bind', { name: '甲未绑定', code: second.code })
  })

  it('refuses a WeChat user who is already bound', async () => {
    const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
    const res = await asMember(cloud).call('member', 'binding.bind', { name: '甲未绑定', code })
    expect(res).toMatchObject({ ok: false, error: { code: 'BINDING.ALREADY_BOUND' } })
  })

  it('will not issue a code for a bound member, nor for another branch', async () => {
    expect(await asSecretary(cloud).call('secretary', 'binding.issue', { memberId: WORLD.memberA1 })).toMatchObject({
      ok: false,
      error: { code: 'BINDING.MEMBER_BOUND' },
    })
    expect(
      await asSecretary(cloud, 'B').call('secretary', 'binding.issue', { memberId: WORLD.unboundA }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OTHER_BRANCH' },
    })
  })

  it('validates the code format before touching anything', async () => {
    const res = await asStranger(cloud).call('member', 'binding.bind', { name: '甲未绑定', code: '12ab' })
    expect(res).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID', fields: { code: '绑定码是6位数字' } } })
  })

  it('lets the secretary undo a binding (换绑), audited', async () => {
    await asSecretary(cloud).ok('secretary', 'binding.revoke', { memberId: WORLD.memberA1, reason: '更换手机' })
    expect((await member(WORLD.memberA1)).openid).toBeNull()
    const res = await asMember(cloud).call('member', 'profile.get', {})
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.NOT_BOUND' } })
    const log = await cloud.database.find('auditLog', { kind: 'binding.revoke' })
    expect(log).toHaveLength(1)
  })
})
