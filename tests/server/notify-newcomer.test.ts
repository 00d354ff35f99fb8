/**
 * A member who has just bound: the branch's earlier notices are not 未读 news but are listed under
 * 绑定前的通知 — still unread for the secretary's read receipts; 首页 welcomes them for a week.
 * And a notice still waiting for 确认收到 is listed right after the unread ones.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { actor, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBranchNotice } from '../helpers/notify-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const HOUR = 3600_000
const NEWCOMER_OPENID = 'o' + 'n'.repeat(27)
const later = (ms: number) => cloud.clock.set(cloud.clock.now() + ms)

/** 甲未绑定 binds with a code from the secretary. */
async function bindNewcomer(openid = NEWCOMER_OPENID) {
  const { code } = await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })
  await actor(cloud, openid).ok('member', 'binding.bind', { name: '甲未绑定', code })
  return actor(cloud, openid)
}

describe("a newcomer's inbox", () => {
  it('does not count the backlog as unread, lists it after the unread, and leaves it unread for the secretary', async () => {
    const backlog = [await aBranchNotice(cloud, { title: '旧通知一' })]
    later(HOUR)
    backlog.push(await aBranchNotice(cloud, { title: '旧通知二', needReceipt: true }))
    later(HOUR)
    const me = await bindNewcomer()
    later(HOUR)
    const fresh = await aBranchNotice(cloud, { title: '新通知' })

    const home = await me.ok('member', 'home.get', {})
    expect(home.unreadNotices).toBe(1)
    expect((await me.ok('member', 'me.get', {})).unreadNotices).toBe(1)
    const box = await me.ok('member', 'notice.inbox', {})
    expect(box.unread).toBe(1)
    expect(box.boundAt).toEqual(expect.any(Number))
    expect(box.items.map((i) => [i.title, i.read, i.publishedAt < (box.boundAt ?? 0)])).toEqual([
      ['新通知', false, false],
      ['旧通知二', false, true],
      ['旧通知一', false, true],
    ])

    // The secretary still sees that the newcomer has read neither earlier notice.
    for (const noticeId of [...backlog, fresh]) {
      const detail = await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId })
      expect(detail.rows.find((r) => r.memberId === WORLD.unboundA)).toMatchObject({ readAt: null })
    }
  })

  it('keeps the first binding through a 换绑: notices since then stay unread news', async () => {
    await bindNewcomer()
    later(HOUR)
    await aBranchNotice(cloud, { title: '绑定后的通知' })
    later(HOUR)
    await asSecretary(cloud).ok('secretary', 'binding.revoke', { memberId: WORLD.unboundA, reason: '换了手机' })
    const me = await bindNewcomer('o' + 'm'.repeat(27))
    expect((await me.ok('member', 'notice.inbox', {})).unread).toBe(1)
    const [doc] = (await cloud.database.find('members', { _id: WORLD.unboundA })) as unknown as MemberDoc[]
    expect(doc.firstBoundAt).toBeLessThan(doc.boundAt ?? 0)
  })

  it('welcomes a member on 首页 in the week after binding, and nobody else', async () => {
    const me = await bindNewcomer()
    expect((await me.ok('member', 'home.get', {})).welcome).toBe(true)
    expect((await asMember(cloud).ok('member', 'home.get', {})).welcome).toBe(false)
    later(8 * 24 * HOUR)
    expect((await me.ok('member', 'home.get', {})).welcome).toBe(false)
  })
})

describe('the order of 通知', () => {
  it('lists unread first, then read ones still waiting for 确认收到, then the rest', async () => {
    const waiting = await aBranchNotice(cloud, { title: '要回执的通知', needReceipt: true })
    later(HOUR)
    const read = await aBranchNotice(cloud, { title: '已读的通知' })
    later(HOUR)
    const acked = await aBranchNotice(cloud, { title: '已回执的通知', needReceipt: true })
    later(HOUR)
    await aBranchNotice(cloud, { title: '未读的通知' })
    const me = asMember(cloud)
    await me.ok('member', 'notice.open', { noticeId: waiting })
    await me.ok('member', 'notice.open', { noticeId: read })
    await me.ok('member', 'notice.ack', { noticeId: acked })

    const box = await me.ok('member', 'notice.inbox', {})
    expect(box.items.map((i) => i.title)).toEqual(['未读的通知', '要回执的通知', '已回执的通知', '已读的通知'])
    expect(box.unread).toBe(1)
  })

  it('pages the rest without repeating or skipping the ones shown first', async () => {
    const waiting = await aBranchNotice(cloud, { title: '要回执的通知', needReceipt: true })
    const me = asMember(cloud)
    await me.ok('member', 'notice.open', { noticeId: waiting })
    for (let i = 0; i < 23; i++) {
      later(60_000)
      const id = await aBranchNotice(cloud, { title: `通知${i}` })
      if (i % 2 === 0) await me.ok('member', 'notice.open', { noticeId: id })
    }
    const first = await me.ok('member', 'notice.inbox', {})
    const seen = first.items.map((i) => i.title)
    let before = first.nextBefore
    while (before) {
      const page = await me.ok('member', 'notice.inbox', { before })
      seen.push(...page.items.map((i) => i.title))
      before = page.nextBefore
    }
    expect(seen).toHaveLength(24)
    expect(new Set(seen).size).toBe(24)
    expect(seen.slice(0, 12)).toEqual([...Array(11)].map((_, n) => `通知${21 - 2 * n}`).concat('要回执的通知'))
  })
})
