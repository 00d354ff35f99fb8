/**
 * 代为记录: a secretary lets 甲党员一 record for 甲党员二 (an elderly member). The records say
 * 代记 and by whom, the elder sees them on their own pages, everything is audited, and a proxy
 * can never act for anyone not linked to them.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { AttendanceDoc, MakeupTaskDoc } from '../../server/actions/activity/model'
import type { StudyCheckinDoc } from '../../server/actions/study/model'
import type { AuditDoc } from '../../server/model'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aMakeupTask, at, codeNow, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { grantLink } from '../helpers/proxy-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  await insertActivity(cloud)
  cloud.clock.set(at('2026-03-06 15:02'))
})

const ELDER = WORLD.memberA2
const proxy = () => asMember(cloud, WORLD.memberA1)
const elder = () => asMember(cloud, ELDER)
const auditKinds = async () => (await docs<AuditDoc>(cloud, 'auditLog')).map((a) => a.kind)

describe('the secretary grants and withdraws', () => {
  it('grants with a reason; both people see the link; the grant is audited', async () => {
    const id = await grantLink(cloud)
    const links = await asSecretary(cloud).ok('secretary', 'proxy.links', {})
    expect(links.links).toEqual([
      expect.objectContaining({
        id,
        elder: { id: ELDER, name: '甲党员二' },
        proxy: { id: WORLD.memberA1, name: '甲党员一', bound: true },
        relation: 'family',
        note: '女儿',
        grantedByName: '甲书记',
      }),
    ])
    expect(await proxy().ok('member', 'proxy.mine', {})).toMatchObject({
      recordFor: [{ memberId: ELDER, name: '甲党员二', relation: 'family' }],
      recordedBy: [],
    })
    expect(await elder().ok('member', 'proxy.mine', {})).toMatchObject({
      recordFor: [],
      recordedBy: [{ memberId: WORLD.memberA1, name: '甲党员一' }],
    })
    expect(await auditKinds()).toEqual(['proxy.grant'])
  })

  it('refuses links that the rules do not allow', async () => {
    const grant = (who: ReturnType<typeof asSecretary>, input: Partial<Record<string, string>>) =>
      who.call('secretary', 'proxy.grant', {
        elderId: ELDER,
        proxyId: WORLD.memberA1,
        relation: 'family',
        note: '',
        reason: '本人申请',
        ...input,
      } as never)
    const code = async (p: ReturnType<typeof grant>) => {
      const res = await p
      return res.ok ? 'ok' : res.error.code
    }
    expect(await code(grant(asSecretary(cloud), { proxyId: ELDER }))).toBe('PROXY.SELF')
    expect(await code(grant(asSecretary(cloud), { proxyId: WORLD.memberB1 }))).toBe('PROXY.NOT_IN_BRANCH')
    expect(await code(grant(asSecretary(cloud), { relation: 'committee' }))).toBe('PROXY.NOT_COMMITTEE')
    expect(await code(grant(asSecretary(cloud, 'B'), {}))).toBe('AUTH.OTHER_BRANCH')
    expect(await code(grant(asSecretary(cloud), { reason: '' }))).toBe('REQUEST.INVALID')
    expect(await code(grant(asSecretary(cloud), { relation: 'committee', proxyId: WORLD.secretaryA }))).toBe('ok')
    expect(await code(grant(asSecretary(cloud), {}))).toBe('ok')
    expect(await code(grant(asSecretary(cloud), {}))).toBe('PROXY.ALREADY_LINKED')
  })

  it('withdraws with a reason: the proxy is refused at once, what was recorded stays', async () => {
    const id = await grantLink(cloud)
    await proxy().ok('member', 'proxy.checkIn', { elderId: ELDER, title: '收听党课录音' })
    await asSecretary(cloud).ok('secretary', 'proxy.withdraw', { linkId: id, reason: '本人已能自己记录' })
    const again = await proxy().call('member', 'proxy.checkIn', { elderId: ELDER, title: '再记一条' })
    expect(again).toMatchObject({ ok: false, error: { code: 'PROXY.NOT_LINKED' } })
    expect(await docs<StudyCheckinDoc>(cloud, 'studyCheckins', { memberId: ELDER })).toHaveLength(1)
    expect((await asSecretary(cloud).ok('secretary', 'proxy.links', {})).links).toEqual([])
    const withdrawAgain = await asSecretary(cloud).call('secretary', 'proxy.withdraw', { linkId: id, reason: '再撤' })
    expect(withdrawAgain).toMatchObject({ ok: false, error: { code: 'PROXY.NOT_FOUND' } })
    expect(await auditKinds()).toEqual(['proxy.grant', 'proxy.checkIn', 'proxy.withdraw'])
    // Granted again later: one document, the earlier terms in its history.
    await grantLink(cloud)
    const [link] = await docs<{ status: string; history: unknown[] }>(cloud, 'proxyLinks')
    expect(link).toMatchObject({ status: 'active', history: [expect.objectContaining({ status: 'withdrawn' })] })
  })
})

describe('the proxy records, the elder sees 代记', () => {
  beforeEach(async () => {
    await grantLink(cloud)
  })

  it('signs the elder in with the code shown on the secretary’s phone', async () => {
    const result = await proxy().ok('member', 'proxy.signIn', {
      elderId: ELDER,
      activityId: 'act-1',
      code: codeNow(cloud),
    })
    expect(result).toMatchObject({ already: false, proxyName: '甲党员一', method: 'code' })
    const [record] = await docs<AttendanceDoc>(cloud, 'attendance', { memberId: ELDER })
    expect(record).toMatchObject({
      status: 'present',
      byId: WORLD.memberA1,
      byName: '甲党员一',
      proxy: { id: WORLD.memberA1 },
    })
    // The proxy's own standing is untouched.
    expect(await docs(cloud, 'attendance', { memberId: WORLD.memberA1 })).toEqual([])
    const mine = await elder().ok('member', 'activity.get', { activityId: 'act-1' })
    expect(mine.me).toMatchObject({ status: 'present', attendance: { proxyName: '甲党员一' } })
    const again = await proxy().ok('member', 'proxy.signIn', {
      elderId: ELDER,
      activityId: 'act-1',
      code: codeNow(cloud),
    })
    expect(again).toMatchObject({ already: true, proxyName: '甲党员一' }) // nothing new written or audited
    expect(await auditKinds()).toEqual(['proxy.grant', 'proxy.signIn'])
  })

  it('keeps the member’s rules: a wrong code, or outside the window, is refused in words', async () => {
    const wrong = await proxy().call('member', 'proxy.signIn', { elderId: ELDER, activityId: 'act-1', code: '000000' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.CODE_WRONG' } })
    cloud.clock.set(at('2026-03-06 18:00'))
    const late = await proxy().call('member', 'proxy.signIn', {
      elderId: ELDER,
      activityId: 'act-1',
      code: codeNow(cloud),
    })
    expect(late).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.WINDOW_CLOSED' } })
    expect(await docs(cloud, 'attendance')).toEqual([])
  })

  it('records a study check-in that the elder sees as theirs, 代记', async () => {
    const entry = await proxy().ok('member', 'proxy.checkIn', { elderId: ELDER, title: '收听党课录音', minutes: 40 })
    expect(entry).toMatchObject({ day: '2026-03-06', proxyName: '甲党员一' })
    const month = await elder().ok('member', 'study.month', {})
    expect(month.entries).toEqual([
      expect.objectContaining({ id: entry.id, title: '收听党课录音', proxyName: '甲党员一' }),
    ])
    expect((await proxy().ok('member', 'study.month', {})).entries).toEqual([])
    const page = await proxy().ok('member', 'proxy.member', { elderId: ELDER })
    expect(page.study.entries.map((e) => e.id)).toEqual([entry.id])
    expect(page.activities.map((a) => a.id)).toEqual(['act-1'])
  })

  it('submits a 补学 心得 that the elder and the secretary see as 代记', async () => {
    await insertDocs(cloud, 'makeupTasks', [aMakeupTask((await docs(cloud, 'activities'))[0] as never, ELDER)])
    const view = await proxy().ok('member', 'proxy.makeup', {
      elderId: ELDER,
      activityId: 'act-1',
      reflection: '老人口述：重温入党誓词，要继续发挥余热。',
    })
    expect(view).toMatchObject({ status: 'submitted', proxyName: '甲党员一' })
    const [task] = await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { memberId: ELDER })
    expect(task.submissions).toEqual([
      expect.objectContaining({ proxy: expect.objectContaining({ name: '甲党员一' }) }),
    ])
    const own = await elder().ok('member', 'activity.get', { activityId: 'act-1' })
    expect(own.makeupTask).toMatchObject({ status: 'submitted', proxyName: '甲党员一' })
    expect(await auditKinds()).toEqual(['proxy.grant', 'proxy.makeup'])
  })
})

describe('never for anyone not linked', () => {
  beforeEach(async () => {
    await grantLink(cloud)
  })

  const everyAction = (elderId: string) =>
    [
      proxy().call('member', 'proxy.member', { elderId }),
      proxy().call('member', 'proxy.activity', { elderId, activityId: 'act-1' }),
      proxy().call('member', 'proxy.signIn', { elderId, activityId: 'act-1', code: codeNow(cloud) }),
      proxy().call('member', 'proxy.checkIn', { elderId, title: '学习党章' }),
      proxy().call('member', 'proxy.makeup', {
        elderId,
        activityId: 'act-1',
        reflection: '认真学习了党章，体会很深。',
      }),
    ] as const

  it.each([
    ['another member of the branch', WORLD.unboundA],
    ['the branch secretary', WORLD.secretaryA],
    ['a member of another branch', WORLD.memberB1],
    ['someone who does not exist', 'm-nobody'],
    ['the proxy themself', WORLD.memberA1],
  ])('refuses to act for %s, and writes nothing', async (_who, elderId) => {
    const before = await cloud.database.exportAll()
    for (const res of await Promise.all(everyAction(elderId))) {
      expect(res).toMatchObject({ ok: false, error: { code: 'PROXY.NOT_LINKED' } })
    }
    expect(await cloud.database.exportAll()).toEqual(before)
  })

  it('works one way only: the elder cannot record for their proxy', async () => {
    const res = await elder().call('member', 'proxy.checkIn', { elderId: WORLD.memberA1, title: '学习党章' })
    expect(res).toMatchObject({ ok: false, error: { code: 'PROXY.NOT_LINKED' } })
  })

  it('ends when either of the two leaves the branch or the party', async () => {
    await asAdmin(cloud).ok('admin', 'member.move', { memberId: ELDER, toBranchId: WORLD.branchB, reason: '工作调动' })
    const moved = await proxy().call('member', 'proxy.checkIn', { elderId: ELDER, title: '学习党章' })
    expect(moved).toMatchObject({ ok: false, error: { code: 'PROXY.NOT_LINKED' } })
    expect(await proxy().ok('member', 'proxy.mine', {})).toEqual({ recordFor: [], recordedBy: [] })
    const [link] = await docs<{ status: string; endReason: string }>(cloud, 'proxyLinks')
    expect(link).toMatchObject({ status: 'ended', endReason: '转入第二支部' })
    expect(await auditKinds()).toEqual(['proxy.grant', 'proxy.end', 'member.move'])

    await grantLink(cloud, WORLD.unboundA, WORLD.memberA1)
    await asAdmin(cloud).ok('admin', 'member.markLeft', {
      memberId: WORLD.memberA1,
      leftDate: '2026-03-06',
      reason: '病故',
    })
    expect((await asSecretary(cloud).ok('secretary', 'proxy.links', {})).links).toEqual([])
  })
})
