/**
 * 谈心谈话 (issue 24 part 5): either party records a talk with a member of their own branch; its
 * notes are read by the two only — not by a secretary who is not one of them, not by the office;
 * the one who recorded it corrects or withdraws it (audited, the other party sees it); the
 * secretary sees coverage per member in words and figures, the office a share per branch.
 */
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { AuditDoc } from '../../server/model'
import type { TalkDoc } from '../../server/actions/talk/model'
import { at, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aMember } from '../helpers/mothers'
import { aTalk, insertTalks } from '../helpers/talk-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const NOTES = '谈到家里老人生病，工作压力大，支部会关心'
const today = () => chinaDate(cloud.clock.now())
const year = () => Number(today().slice(0, 4))
const a1 = () => asMember(cloud, WORLD.memberA1)
const a2 = () => asMember(cloud, WORLD.memberA2)

describe('recording a talk, and who reads its notes', () => {
  it('shows the talk with its notes to both parties, and to no one else', async () => {
    const mine = await a1().ok('member', 'talk.record', { partnerId: WORLD.memberA2, date: today(), notes: NOTES })
    expect(mine.talks).toEqual([
      expect.objectContaining({
        partner: { id: WORLD.memberA2, name: '甲党员二' },
        notes: NOTES,
        recordedByMe: true,
        canChange: true,
      }),
    ])
    const theirs = await a2().ok('member', 'talk.mine', {})
    expect(theirs.talks).toEqual([
      expect.objectContaining({
        partner: { id: WORLD.memberA1, name: '甲党员一' },
        notes: NOTES,
        recordedByMe: false,
        recordedByName: '甲党员一',
        canChange: false,
      }),
    ])
    // A secretary who is not a party: coverage, no notes — nor does the secretary's own list show it.
    const sheet = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(JSON.stringify(sheet)).not.toContain(NOTES)
    expect(sheet.rows.find((r) => r.id === WORLD.memberA1)).toMatchObject({ talks: 1, lastDate: today() })
    const secretaryOwn = await asMember(cloud, WORLD.secretaryA).ok('member', 'talk.mine', {})
    expect(secretaryOwn.talks).toEqual([])
    // The office: shares, no notes; nor does the audit log keep them.
    const shares = await asAdmin(cloud).ok('admin', 'talk.shares', {})
    expect(JSON.stringify(shares)).not.toContain(NOTES)
    const log = await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'talk.record' })
    expect(log.entries).toHaveLength(1)
    expect(JSON.stringify(log)).not.toContain(NOTES)
    expect(JSON.stringify(await docs<AuditDoc>(cloud, 'auditLog', {}))).not.toContain(NOTES)
    // A member of branch B does not find it either.
    const b1 = await asMember(cloud, WORLD.memberB1).ok('member', 'talk.mine', {})
    expect(b1.talks).toEqual([])
    expect(b1.people.map((p) => p.id)).not.toContain(WORLD.memberA1)
  })

  it('lets a secretary who is a party read the notes on 我的谈心谈话, never on the coverage sheet', async () => {
    await a1().ok('member', 'talk.record', { partnerId: WORLD.secretaryA, date: today(), notes: NOTES })
    const own = await asMember(cloud, WORLD.secretaryA).ok('member', 'talk.mine', {})
    expect(own.talks[0]).toMatchObject({ notes: NOTES, partner: { name: '甲党员一' } })
    expect(JSON.stringify(await asSecretary(cloud).ok('secretary', 'talk.coverage', {}))).not.toContain(NOTES)
  })

  it('offers only the other active members of the branch, and today as the latest day', async () => {
    const page = await a1().ok('member', 'talk.mine', {})
    expect(page.people.map((p) => p.name).sort()).toEqual(['党委办', '甲书记', '甲党员二', '甲未绑定'].sort())
    expect(page.today).toBe(today())
    expect(page.earliest).toBe('2010-07-01')
    expect(page.rules.map((r) => r.label)).toEqual(['支委之间', '支委与党员', '党员之间'])
  })
})

describe('refusals: a stable code, a message in Chinese, nothing written', () => {
  const refused = async (input: { partnerId: string; date: string; notes: string }, code: string) => {
    const before = await cloud.database.exportAll()
    const res = await a1().call('member', 'talk.record', input)
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
    expect(await cloud.database.exportAll()).toEqual(before)
  }

  it('refuses oneself, another branch’s member and someone who has left', async () => {
    await refused({ partnerId: WORLD.memberA1, date: today(), notes: '' }, 'TALK.SELF')
    await refused({ partnerId: WORLD.memberB1, date: today(), notes: '' }, 'TALK.NOT_IN_BRANCH')
    await insertDocs(cloud, 'members', [aMember({ _id: 'm-ta-gone', branchId: WORLD.branchA, status: 'left' })])
    await refused({ partnerId: 'm-ta-gone', date: today(), notes: '' }, 'TALK.NOT_IN_BRANCH')
  })

  it('refuses a day after today in China time: at 00:10 on 1 January, 1 January is today', async () => {
    cloud.clock.set(at('2026-12-31 23:50'))
    await refused({ partnerId: WORLD.memberA2, date: '2027-01-01', notes: '' }, 'TALK.FUTURE')
    cloud.clock.set(at('2027-01-01 00:10'))
    const ok = await a1().ok('member', 'talk.record', { partnerId: WORLD.memberA2, date: '2027-01-01', notes: '' })
    expect(ok).toMatchObject({ year: 2027, today: '2027-01-01' })
    expect(ok.talks).toHaveLength(1)
  })

  it('refuses a day before the partner arrived in the branch', async () => {
    const arrived = cloud.clock.now() - 10 * 86_400_000
    await insertDocs(cloud, 'members', [
      aMember({
        _id: 'm-ta-new',
        branchId: WORLD.branchA,
        name: '新转入',
        transfers: [{ at: arrived, fromBranchId: WORLD.branchB, toBranchId: WORLD.branchA, reason: '调动' }],
      }),
    ])
    const dayBefore = chinaDate(arrived - 86_400_000)
    await refused({ partnerId: 'm-ta-new', date: dayBefore, notes: '' }, 'TALK.BEFORE_ARRIVAL')
    await a1().ok('member', 'talk.record', { partnerId: 'm-ta-new', date: chinaDate(arrived), notes: '' })
  })

  it('refuses notes over the limit and a malformed date', async () => {
    await refused({ partnerId: WORLD.memberA2, date: today(), notes: '谈'.repeat(501) }, 'REQUEST.INVALID')
    await refused({ partnerId: WORLD.memberA2, date: '2026/3/1', notes: '' }, 'REQUEST.INVALID')
  })
})

describe('correcting and withdrawing', () => {
  it('lets the one who recorded it correct it with a reason; the partner sees the change; audited without notes', async () => {
    const [talk] = await insertTalks(cloud, [aTalk(cloud, { notes: NOTES })])
    const refusedByPartner = await a2().call('member', 'talk.correct', {
      talkId: talk!._id,
      partnerId: WORLD.memberA1,
      date: today(),
      notes: '改一下',
      reason: '补充内容',
    })
    expect(refusedByPartner).toMatchObject({ ok: false, error: { code: 'TALK.NOT_YOURS' } })
    const same = await a1().call('member', 'talk.correct', {
      talkId: talk!._id,
      partnerId: WORLD.memberA2,
      date: talk!.date,
      notes: NOTES,
      reason: '没改',
    })
    expect(same).toMatchObject({ ok: false, error: { code: 'TALK.NOTHING_CHANGED' } })

    const corrected = await a1().ok('member', 'talk.correct', {
      talkId: talk!._id,
      partnerId: WORLD.secretaryA,
      date: today(),
      notes: '新的要点',
      reason: '记错了谈话对象',
    })
    expect(corrected.talks[0]).toMatchObject({
      partner: { name: '甲书记' },
      notes: '新的要点',
      changes: [expect.objectContaining({ what: '更正', reason: '记错了谈话对象', byName: '甲党员一' })],
    })
    // The former partner no longer finds it; the new one does, with the correction.
    expect((await a2().ok('member', 'talk.mine', {})).talks).toEqual([])
    const secretaryOwn = await asMember(cloud, WORLD.secretaryA).ok('member', 'talk.mine', {})
    expect(secretaryOwn.talks[0]?.changes[0]).toMatchObject({ what: '更正', reason: '记错了谈话对象' })
    const [stored] = await docs<TalkDoc>(cloud, 'talks', { _id: talk!._id })
    expect(stored!.changes[0]!.before).toEqual({ partnerId: WORLD.memberA2, date: talk!.date, notes: NOTES })
    const log = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'talk.correct' })
    expect(log).toHaveLength(1)
    expect(JSON.stringify(log)).not.toMatch(/新的要点|老人生病/)
  })

  it('withdraws it: it stays on both lists as withdrawn and stops counting', async () => {
    const [talk] = await insertTalks(cloud, [aTalk(cloud)])
    const before = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(before.rows.find((r) => r.id === WORLD.memberA1)?.kinds.memberMember).toBe('已谈')
    const page = await a1().ok('member', 'talk.withdraw', { talkId: talk!._id, reason: '重复记录' })
    expect(page.talks[0]).toMatchObject({ status: 'withdrawn', canChange: false })
    expect((await a2().ok('member', 'talk.mine', {})).talks[0]).toMatchObject({
      status: 'withdrawn',
      changes: [expect.objectContaining({ what: '撤回', reason: '重复记录' })],
    })
    const after = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(after.rows.find((r) => r.id === WORLD.memberA1)?.kinds.memberMember).toBe('未谈')
    const again = await a1().call('member', 'talk.withdraw', { talkId: talk!._id, reason: '重复记录' })
    expect(again).toMatchObject({ ok: false, error: { code: 'TALK.WITHDRAWN' } })
    expect(await docs<AuditDoc>(cloud, 'auditLog', { kind: 'talk.withdraw' })).toHaveLength(1)
  })

  it('finds no talk of someone else’s, nor of another branch', async () => {
    const [peer] = await insertTalks(cloud, [aTalk(cloud, { recorderId: WORLD.memberA2, partnerId: WORLD.secretaryA })])
    const res = await a1().call('member', 'talk.withdraw', { talkId: peer!._id, reason: '试试' })
    expect(res).toMatchObject({ ok: false, error: { code: 'TALK.NOT_FOUND' } })
  })
})

describe('coverage for the secretary, shares for the office', () => {
  it('says per member covered or not, in words and figures, by the kinds the branch counts', async () => {
    await insertTalks(cloud, [
      aTalk(cloud, { recorderId: WORLD.memberA1, partnerId: WORLD.secretaryA }),
      aTalk(cloud, { recorderId: WORLD.memberA1, partnerId: WORLD.memberA2 }),
    ])
    const sheet = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(sheet).toMatchObject({ branchName: '第一支部', year: year(), talks: 2 })
    const row = (id: string) => sheet.rows.find((r) => r.id === id)
    expect(row(WORLD.memberA1)).toMatchObject({
      covered: true,
      missing: '',
      kinds: { committeeCommittee: null, committeeMember: '已谈', memberMember: '已谈' },
    })
    expect(row(WORLD.memberA2)).toMatchObject({ covered: false, missing: '支委与党员' })
    expect(row(WORLD.secretaryA)).toMatchObject({ covered: true, role: '书记' })
    expect(sheet.figures).toMatchObject({ counted: 5, covered: 2, share: '2/5人（40%）' })
    expect(sheet.rules.find((r) => r.kind === 'committeeCommittee')?.rule).toMatch(/每一位支委/)
    expect(sheet.source).toMatch(/支部工作条例/)

    const narrowed = await asSecretary(cloud).ok('secretary', 'talk.setting', { kinds: ['memberMember'] })
    expect(narrowed.kinds).toEqual(['memberMember'])
    expect(narrowed.figures).toMatchObject({ counted: 4, covered: 2 })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'talk.setting' })).entries
    expect(entry?.lines).toEqual(['计入类别：支委之间、支委与党员、党员之间 → 党员之间'])
    const none = await asSecretary(cloud).call('secretary', 'talk.setting', { kinds: [] })
    expect(none).toMatchObject({ ok: false, error: { code: 'TALK.NO_KINDS' } })

    const shares = await asAdmin(cloud).ok('admin', 'talk.shares', {})
    expect(shares.branches).toEqual([
      expect.objectContaining({ name: '第一支部', counted: 4, covered: 2, share: '2/4人（50%）', talks: 2 }),
      expect.objectContaining({ name: '第二支部', counted: 2, covered: 0, talks: 0 }),
    ])
  })

  it('counts a talk of 31 December toward that year, not the next', async () => {
    cloud.clock.set(at('2026-12-31 23:50'))
    await a1().ok('member', 'talk.record', { partnerId: WORLD.memberA2, date: '2026-12-31', notes: '' })
    cloud.clock.set(at('2027-01-01 00:10'))
    const now = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(now).toMatchObject({ year: 2027, talks: 0 })
    const last = await asSecretary(cloud).ok('secretary', 'talk.coverage', { year: 2026 })
    expect(last).toMatchObject({ year: 2026, talks: 1 })
    expect(last.rows.find((r) => r.id === WORLD.memberA1)?.kinds.memberMember).toBe('已谈')
  })
})

describe('the nudge before a 组织生活会', () => {
  it('puts 谈心谈话 on the secretary’s 支部待办 when the meeting is within 30 days and coverage is incomplete', async () => {
    const quiet = await asSecretary(cloud).ok('member', 'home.get', {})
    expect(quiet.officer?.talkNudge).toBeUndefined()
    const startAt = cloud.clock.now() + 20 * 86_400_000
    await insertActivity(cloud, {
      _id: 'life-1',
      type: 'lifeMeeting',
      title: '组织生活会',
      startAt,
      endAt: startAt + 7200_000,
    })
    const home = await asSecretary(cloud).ok('member', 'home.get', {})
    expect(home.officer?.talkNudge).toMatch(/召开组织生活会，会前宜完成谈心谈话：还有5人未谈（自\d+月\d+日以来）$/)
    const sheet = await asSecretary(cloud).ok('secretary', 'talk.coverage', {})
    expect(sheet.nudge).toBe(home.officer?.talkNudge)
  })
})
