/**
 * One truth per figure: this month's dues of a branch read the same on 支部概览, the branch's 党费
 * page, the party office's 党费收缴 and its 出勤总览 — before the collection day (no rate anywhere,
 * never 100% on the 1st), after it, and at the run's TEST_NOW. A notice's readers (已读/应读/未读)
 * read the same on 发通知's list, 阅读情况 (the branch's and the office's), 提醒未读 and the
 * author's own 通知 and 首页 — its author, an activity's organizer too, being none of them.
 */
import { chinaInstant, chinaMonth } from '../../core/dates'
import { seedDemoAt } from '../helpers/demo-seed'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import type { NoticeDoc, InboxDoc } from '../../server/actions/notify/model'
import type { MemberDoc } from '../../server/model'
import { docs } from '../helpers/activity-mothers'
import { actor, startTestCloud } from '../helpers/cloud'
import { testNow } from '../helpers/now'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const admin = () => actor(cloud, DEMO_ADMIN_OPENID)
const BRANCHES = ['org-b1', 'org-b2', 'org-b3', 'org-b4', 'org-b5', 'org-b6', 'org-b7', 'org-b8']

describe.each([
  ['the 3rd, before any collection day', chinaInstant('2026-03-03 10:00')],
  ['the 20th, after every collection day', chinaInstant('2026-03-20 10:00')],
  ['the run’s TEST_NOW', testNow()],
])('on %s', (_when, now) => {
  beforeAll(async () => {
    await cloud.reset()
    cloud.clock.set(now)
    await seedDemoAt(cloud.database, now)
    await fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
  })

  it('every screen counts this month’s dues of each branch the same way', async () => {
    const month = chinaMonth(now)
    const year = Number(month.slice(0, 4))
    const rates = await admin().ok('admin', 'dues.collection', { year })
    const column = rates.months.indexOf(month)
    for (const branchId of BRANCHES) {
      const overview = await admin().ok('secretary', 'overview.branch', { branchId })
      const page = await admin().ok('secretary', 'dues.branch', { branchId })
      expect(overview.dues).toEqual(page.thisMonth.collection)
      const c = page.thisMonth.collection
      const cell = rates.branches.find((b) => b.branchId === branchId)?.cells[column]
      expect(cell?.open).toBe(c.open)
      expect(cell?.ratePct).toBe(c.ratePct)
      const attendance = await admin().ok('secretary', 'attendance.branch', { branchId, year, month })
      const thisMonth = attendance.dues.byMonth[Number(month.slice(5)) - 1]
      if (c.open) {
        expect({ due: cell?.dueFen, paid: cell?.paidFen, members: cell?.billed, settled: cell?.paid }).toEqual({
          due: c.dueFen,
          paid: c.paidFen,
          members: c.members,
          settled: c.settled,
        })
        expect({ due: thisMonth.dueFen, paid: thisMonth.paidFen }).toEqual({ due: c.dueFen, paid: c.paidFen })
      } else {
        expect(c.ratePct).toBeNull()
        expect(thisMonth.ratePct).toBeNull()
      }
    }
  })
  it('a notice’s readers are counted alike everywhere, and its author (an activity’s organizer too) is none of them', async () => {
    const notices = await docs<NoticeDoc>(cloud, 'notices', { status: 'published' })
    const copies = await docs<InboxDoc>(cloud, 'noticeInbox', {})
    const authorOf = new Map(notices.map((n) => [n._id, n.authorId]))
    // The demo gives no author a copy of her own notice, whatever it announces.
    expect(copies.filter((c) => c.memberId === authorOf.get(c.noticeId))).toEqual([])
    expect(notices.some((n) => n.source.kind === 'activity' && n.authorId !== null)).toBe(true)
    for (const branchId of ['org-b1', 'org-b2']) {
      const [secretary] = await docs<MemberDoc>(cloud, 'members', { branchId, role: 'secretary', status: 'active' })
      const me = actor(cloud, secretary.openid ?? '')
      const list = await me.ok('secretary', 'notice.list', {})
      // The latest few of each kind (every copy is checked above): a handful of calls, run at every test date.
      const published = list.items.filter((i) => i.status === 'published')
      const latest = (kind: string) => published.filter((i) => i.source.kind === kind).slice(0, 3)
      const checked = [...latest('activity'), ...latest('notice')]
      expect(checked.some((i) => i.source.kind === 'activity' && authorOf.get(i.id) === secretary._id)).toBe(true)
      for (const item of checked) {
        const detail = await me.ok('secretary', 'notice.detail', { noticeId: item.id })
        const office = await admin().ok('admin', 'notice.detail', { noticeId: item.id })
        const figures = { expected: item.expected, read: item.read, acked: item.acked }
        expect(figures).toEqual({
          expected: detail.rows.length,
          read: detail.rows.filter((r) => r.readAt !== null).length,
          acked: detail.rows.filter((r) => r.ackAt !== null).length,
        })
        expect(detail.notice).toMatchObject(figures)
        expect(office.notice).toMatchObject(figures)
        expect(office.rows).toEqual(detail.rows)
        expect(detail.rows.map((r) => r.memberId)).not.toContain(authorOf.get(item.id))
        // 未读's list is exactly whom 提醒未读 would remind: the author is among neither.
        expect(detail.toRemind).toBe(
          detail.rows.filter((r) => r.readAt === null && r.memberId !== secretary._id).length,
        )
        if (authorOf.get(item.id) === secretary._id) expect(detail.toRemind).toBe(item.expected - item.read)
      }
      const inbox = await me.ok('member', 'notice.inbox', {})
      expect(inbox.items.filter((i) => authorOf.get(i.noticeId) === secretary._id)).toEqual([])
      expect((await me.ok('member', 'home.get', {})).unreadNotices).toBe(inbox.unread)
    }
  })
})
