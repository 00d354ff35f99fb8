/** 发通知 for officers: past notices in words, reading them reader by reader, 提醒未读 once, the party office's review. */
import type { NoticeDetail, NoticeSummary } from '@core/contract/notify-views'
import { fireEvent, render, screen } from '@testing-library/react'
import NoticeDetailPage from '@/packageSecretary/pages/notice-detail/index'
import NoticesPage from '@/packageSecretary/pages/notices/index'
import { freshLaunch } from '../helpers/app'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { answerModals, recorded, setRouterParams } from '../setup/taro'
import { nobodyWords, reachWords, remindWords } from '@/packageSecretary/pages/notice-detail/remind-words'

beforeEach(freshLaunch)

const at = (iso: string) => Date.parse(iso)
const summary = (extra: Partial<NoticeSummary> = {}): NoticeSummary => ({
  id: 'ntc-1',
  title: '关于开展主题党日活动的通知',
  from: '第一党支部 · 张书记',
  scope: 'branch',
  branchId: 'org-1',
  source: { kind: 'notice' },
  status: 'published',
  contentVerdict: 'pass',
  needReceipt: true,
  publishedAt: at('2026-03-04T09:00:00+08:00'),
  createdAt: at('2026-03-04T09:00:00+08:00'),
  expected: 16,
  read: 12,
  acked: 8,
  remindedAt: null,
  ...extra,
})
const detail = (extra: Partial<NoticeSummary> = {}): NoticeDetail => ({
  notice: { ...summary(extra), body: '请按时参加。', materials: [], audience: { kind: 'branch' }, rejectReason: null },
  rows: [
    { memberId: 'm-2', name: '李四', push: 'noQuota', code: null, reminders: {}, readAt: null, ackAt: null },
    {
      memberId: 'm-1',
      name: '张三',
      push: 'sent',
      code: null,
      reminders: { remind: 'sent' },
      readAt: at('2026-03-04T10:00:00+08:00'),
      ackAt: at('2026-03-04T10:01:00+08:00'),
    },
  ],
  pushes: { sent: 1, noQuota: 1 },
  toRemind: 1,
  reach: { pushed: 1, inboxOnly: { unbound: 0, noGrant: 0, off: 0 } },
})

describe('发通知', () => {
  it('lists notices with read and receipt counts, held ones in words', async () => {
    cloudWithActions({
      'secretary/notice.list': () => ({
        data: { items: [summary(), summary({ id: 'ntc-2', title: '待复核的通知', status: 'held' })] },
      }),
    })
    setRouterParams({})
    render(<NoticesPage />)
    expect(await screen.findByText('已读 12/16人 · 确认收到8人')).toBeTruthy()
    expect(screen.getByText('⏳ 内容需复核，等待机关党委复核后发出')).toBeTruthy()
    fireEvent.click(screen.getByText('写新通知'))
    expect(recorded.navigations[0].url).toBe('/packageSecretary/pages/notice-new/index?')
  })
})

describe('阅读情况', () => {
  it('shows each reader and each push, and reminds the unread once', async () => {
    let remindedAt: number | null = null
    const cloud = cloudWithActions({
      'secretary/notice.detail': () => ({ data: detail({ remindedAt }) }),
      'secretary/notice.remind': () => {
        const already = remindedAt !== null
        remindedAt = remindedAt ?? at('2026-03-04T11:00:00+08:00')
        return {
          data: {
            remindedAt,
            count: already ? 0 : 1,
            pushed: already ? 0 : 1,
            inboxOnly: { unbound: 0, noGrant: 0, off: 0 },
            already,
            detail: detail({ remindedAt }),
          },
        }
      },
    })
    setRouterParams({ id: 'ntc-1' })
    render(<NoticeDetailPage />)
    expect(await screen.findByText('通知推送：没有授权，未推送')).toBeTruthy()
    expect(screen.getByText('✓ 已确认收到 2026年3月4日 10:01')).toBeTruthy()
    expect(screen.getByText('提醒未读：✓ 微信已送达')).toBeTruthy()
    // Cancelled at the question: nothing sent.
    answerModals(false)
    fireEvent.click(screen.getByText('提醒未读（1人）'))
    await screen.findByText('提醒未读（1人）')
    expect(actionsCalled(cloud).filter((a) => a.endsWith('remind'))).toHaveLength(0)
    answerModals(true, true)
    fireEvent.click(screen.getByText('提醒未读（1人）'))
    const done = await screen.findByText('已于3月4日 11:00提醒')
    expect(screen.queryByText('提醒未读（1人）')).toBeNull()
    expect(done.closest('button')?.hasAttribute('disabled') ?? done.closest('[disabled]') !== null).toBe(true)
    expect(recorded.modals).toEqual(['提醒1名未读的党员？', '提醒1名未读的党员？', '已提醒'])
    expect(actionsCalled(cloud).filter((a) => a.endsWith('remind'))).toHaveLength(1)
    expect(actionsCalled(cloud).filter((a) => a.endsWith('detail'))).toHaveLength(1)
  })

  it('does not offer 提醒未读 when no unread member can get a push, and says who to tell in person', async () => {
    const cloud = cloudWithActions({
      'secretary/notice.detail': () => ({
        data: { ...detail({}), reach: { pushed: 0, inboxOnly: { unbound: 1, noGrant: 0, off: 0 } } },
      }),
    })
    setRouterParams({ id: 'ntc-1' })
    render(<NoticeDetailPage />)
    expect(await screen.findByText('未读的党员都收不到微信提醒：1人未绑定微信，请当面或打电话告知。')).toBeTruthy()
    expect(screen.queryByText('提醒未读（1人）')).toBeNull()
    expect(actionsCalled(cloud)).toEqual(['secretary/notice.detail'])
  })

  it('lets the party office release a held notice after a second look', async () => {
    let status: NoticeSummary['status'] = 'held'
    cloudWithActions({
      'admin/notice.detail': () => ({ data: detail({ status }) }),
      'admin/notice.review': (input) => {
        expect(input).toEqual({ noticeId: 'ntc-1', decision: 'release' })
        status = 'published'
        return { data: detail({ status }) }
      },
    })
    setRouterParams({ id: 'ntc-1', scope: 'bureau' })
    render(<NoticeDetailPage />)
    fireEvent.click(await screen.findByText('复核通过，发出'))
    expect(await screen.findByText('已读 12/16人 · 确认收到8人')).toBeTruthy()
  })
})

describe('提醒未读 says who gets a push and who only the inbox', () => {
  it.each([
    [
      { count: 1, pushed: 0, inboxOnly: { unbound: 0, noGrant: 1, off: 0 } },
      '已提醒1名未读的党员：0人会收到微信提醒；1人只能在小程序的“通知”里看到（1人没有剩余的提醒授权）。',
    ],
    [
      { count: 16, pushed: 0, inboxOnly: { unbound: 7, noGrant: 9, off: 0 } },
      '已提醒16名未读的党员：0人会收到微信提醒；9人只能在小程序的“通知”里看到（9人没有剩余的提醒授权）；7人未绑定微信，请当面或打电话告知。',
    ],
    [
      // The demo's 机关第一党支部 on a notice of the day: some turned reminders on, some used theirs up.
      { count: 15, pushed: 4, inboxOnly: { unbound: 7, noGrant: 4, off: 0 } },
      '已提醒15名未读的党员：4人会收到微信提醒；4人只能在小程序的“通知”里看到（4人没有剩余的提醒授权）；7人未绑定微信，请当面或打电话告知。',
    ],
    [
      { count: 5, pushed: 4, inboxOnly: { unbound: 0, noGrant: 0, off: 1 } },
      '已提醒5名未读的党员：4人会收到微信提醒；1人只能在小程序的“通知”里看到（1人关闭了通知提醒）。',
    ],
    [
      { count: 3, pushed: 3, inboxOnly: { unbound: 0, noGrant: 0, off: 0 } },
      '已提醒3名未读的党员：3人会收到微信提醒。',
    ],
    [{ count: 0, pushed: 0, inboxOnly: { unbound: 0, noGrant: 0, off: 0 } }, '所有人都已阅读，没有需要提醒的党员。'],
  ])('%o', (result, words) => {
    expect(remindWords(result)).toBe(words)
  })
})

describe('提醒未读 asks first, saying who a push reaches and who only sees it in the app', () => {
  it.each([
    [
      { pushed: 1, inboxOnly: { unbound: 7, noGrant: 3, off: 0 } },
      '1人会收到微信提醒；3人只能在小程序的“通知”里看到（3人没有剩余的提醒授权）；7人未绑定微信，请当面或打电话告知。每条通知只能提醒一次。',
    ],
    [{ pushed: 3, inboxOnly: { unbound: 0, noGrant: 0, off: 0 } }, '3人会收到微信提醒。每条通知只能提醒一次。'],
  ])('%j', (reach, words) => {
    expect(reachWords(reach)).toBe(words)
  })
})

describe('提醒未读 is not offered when no unread member can get a push', () => {
  it.each([
    [
      { pushed: 0, inboxOnly: { unbound: 0, noGrant: 1, off: 1 } },
      '未读的党员都收不到微信提醒：2人只能在小程序的“通知”里看到（1人没有剩余的提醒授权、1人关闭了通知提醒）。',
    ],
    [
      { pushed: 0, inboxOnly: { unbound: 4, noGrant: 0, off: 0 } },
      '未读的党员都收不到微信提醒：4人未绑定微信，请当面或打电话告知。',
    ],
  ])('%j', (reach, words) => {
    expect(nobodyWords(reach)).toBe(words)
  })
})
