/** 通知, a notice with its receipt, 提醒设置, and the reminder offer after 请假. */
import type { InboxItem, NoticeView, ReminderSettings } from '@core/contract/notify-views'
import { SUBSCRIBE_TEMPLATES } from '@core/notify/templates'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import NoticePage from '@/packageMember/pages/notice/index'
import NoticesPage from '@/packageMember/pages/notices/index'
import RemindersPage from '@/packageMember/pages/reminders/index'
import ActivityDetailPage from '@/pages/activity/index'
import { freshLaunch, typeInto } from '../helpers/app'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { activityPage } from '../helpers/activity'
import { pageEvents, recorded, setRouterParams } from '../setup/taro'
import { phoneClockAt } from '../setup/clock'

beforeEach(freshLaunch)

const at = (iso: string) => Date.parse(iso)
const item = (extra: Partial<InboxItem> = {}): InboxItem => ({
  noticeId: 'ntc-1',
  title: '关于开展主题党日活动的通知',
  from: '第一党支部 · 张书记',
  publishedAt: at('2026-03-04T09:00:00+08:00'),
  source: { kind: 'notice' },
  read: false,
  needReceipt: false,
  acked: false,
  ...extra,
})
const view = (extra: Partial<NoticeView> = {}): NoticeView => ({
  id: 'ntc-1',
  title: '关于开展民主评议的通知',
  body: '请各位党员本月内完成自评。',
  materials: [],
  from: '机关党委',
  publishedAt: at('2026-03-04T09:00:00+08:00'),
  source: { kind: 'notice' },
  needReceipt: true,
  readAt: at('2026-03-04T10:00:00+08:00'),
  ackAt: null,
  ...extra,
})
const settings = (remaining: number, lastAnswer: 'accept' | 'reject' | null = null): ReminderSettings => ({
  kinds: [
    {
      key: 'activity',
      label: '活动通知与提醒',
      about: '新活动发布时',
      templateId: SUBSCRIBE_TEMPLATES.activity.id,
      on: true,
      remaining,
      lastAnswer,
      kept: false,
    },
  ],
})

describe('通知', () => {
  it('lists unread first in words and marks, opens a notice, and pages older ones', async () => {
    const cloud = cloudWithActions({
      'member/notice.inbox': (input) =>
        (input as { before?: string }).before
          ? {
              data: {
                unread: 1,
                items: [item({ noticeId: 'ntc-old', title: '去年的通知', read: true })],
                nextBefore: null,
              },
            }
          : {
              data: {
                unread: 1,
                items: [
                  item(),
                  item({
                    noticeId: 'ntc-2',
                    title: '活动改期：3月党课',
                    read: true,
                    source: { kind: 'activity', activityId: 'a', event: 'moved', startAt: 0, place: '' },
                  }),
                ],
                nextBefore: 'cursor-1',
              },
            },
    })
    render(<NoticesPage />)

    expect(await screen.findByText('1条未读，未读的在前')).toBeTruthy()
    expect(screen.getByText('● 未读')).toBeTruthy()
    expect(screen.getByText(/^活动改期 · 第一党支部/)).toBeTruthy()
    fireEvent.click(screen.getByText('查看更早的通知'))
    expect(await screen.findByText('去年的通知')).toBeTruthy()
    expect(cloud.calls.map((c) => c.input)).toEqual([{}, { before: 'cursor-1' }])
    fireEvent.click(screen.getByText('关于开展主题党日活动的通知'))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/packageMember/pages/notice/index?id=ntc-1' }])
  })

  it('lists 未读 newest first, those asking for 确认收到 on top, whatever order they come in', async () => {
    cloudWithActions({
      'member/notice.inbox': () => ({
        data: {
          unread: 4,
          boundAt: at('2024-01-01T09:00:00+08:00'),
          items: [
            item({ noticeId: 'n-2025', title: '去年的学习会', publishedAt: at('2025-07-07T15:00:00+08:00') }),
            item({ noticeId: 'n-dec', title: '十二月学习会', publishedAt: at('2026-12-07T15:00:00+08:00') }),
            item({
              noticeId: 'n-ack',
              title: '请确认收到的通知',
              needReceipt: true,
              publishedAt: at('2026-11-04T17:54:00+08:00'),
            }),
            item({ noticeId: 'n-nov', title: '十一月学习日', publishedAt: at('2026-11-21T09:00:00+08:00') }),
          ],
          nextBefore: null,
        },
      }),
    })
    render(<NoticesPage />)
    await screen.findByText('去年的学习会')
    const titles = [...document.querySelectorAll('.notice-row__title')].map((t) => t.textContent)
    expect(titles).toEqual(['请确认收到的通知', '十二月学习会', '十一月学习日', '去年的学习会'])
  })

  it('puts those waiting for 确认收到 after the unread, and the notices from before binding last, under their headings', async () => {
    const cloud = cloudWithActions({
      'member/notice.inbox': () => ({
        data: {
          unread: 1,
          boundAt: at('2026-03-10T09:00:00+08:00'),
          items: [
            item({ noticeId: 'n-new', title: '新通知', publishedAt: at('2026-03-12T09:00:00+08:00') }),
            item({
              noticeId: 'n-ack',
              title: '请确认收到的通知',
              read: true,
              needReceipt: true,
              publishedAt: at('2026-03-11T09:00:00+08:00'),
            }),
            item({ noticeId: 'n-read', title: '读过的通知', read: true, publishedAt: at('2026-03-11T08:00:00+08:00') }),
            item({ noticeId: 'n-old', title: '绑定前发的通知', publishedAt: at('2026-03-01T09:00:00+08:00') }),
          ],
          nextBefore: null,
        },
      }),
    })
    phoneClockAt('2026-03-12T10:00:00+08:00')
    render(<NoticesPage />)

    expect(await screen.findByText('1条未读，未读的在前')).toBeTruthy()
    // 已读 is folded by month with this month open; those from before binding all folded, opened here.
    expect(screen.getByText('读过的通知')).toBeTruthy()
    expect(screen.queryByText('绑定前发的通知')).toBeNull()
    expect(screen.getAllByText('1条')).toHaveLength(2)
    fireEvent.click(screen.getAllByText('3月').at(-1)!)
    const text = document.body.textContent ?? ''
    const order = [
      '未读',
      '新通知',
      '待确认收到',
      '请确认收到的通知',
      '已读',
      '读过的通知',
      '绑定前的通知',
      '绑定前发的通知',
    ]
    const places = order.map((word, i) =>
      text.indexOf(word, i === 0 ? 0 : text.indexOf(order[i - 1]) + order[i - 1].length),
    )
    expect(places.every((p, i) => p >= 0 && (i === 0 || p > places[i - 1]))).toBe(true)
    expect(screen.getByText('您绑定之前支部发过的通知，不算未读，需要时可以翻看。')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/notice.inbox'])
    phoneClockAt(null)
  })

  it('says plainly when there is nothing yet', async () => {
    cloudWithActions({ 'member/notice.inbox': () => ({ data: { unread: 0, items: [], nextBefore: null } }) })
    render(<NoticesPage />)
    expect(await screen.findByText('还没有通知')).toBeTruthy()
  })
})

describe('a notice', () => {
  it('is opened (and so read) in one call, and takes 已阅，收到 in one tap', async () => {
    setRouterParams({ id: 'ntc-1' })
    const cloud = cloudWithActions({
      'member/notice.open': () => ({ data: view() }),
      'member/notice.ack': () => ({ data: view({ ackAt: at('2026-03-04T10:05:00+08:00') }) }),
    })
    render(<NoticePage />)

    expect(await screen.findByText('请各位党员本月内完成自评。')).toBeTruthy()
    fireEvent.click(screen.getByText('已阅，收到'))
    expect(await screen.findByText('✓ 已于2026年3月4日 10:05确认收到')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/notice.open', 'member/notice.ack'])
  })
})

describe('提醒设置', () => {
  it('says how many pushes are left, and asks WeChat for one more at a tap', async () => {
    let remaining = 1
    const cloud = cloudWithActions({
      'member/reminders.get': () => ({ data: settings(remaining, 'accept') }),
      'member/subscribe.record': (input) => {
        remaining += 1
        expect(input).toEqual({ moment: 'settings', results: { activity: 'accept' }, kept: [] })
        return { data: settings(remaining, 'accept') }
      },
    })
    render(<RemindersPage />)

    expect(await screen.findByText('还能提醒1次')).toBeTruthy()
    fireEvent.click(screen.getByText('再授权一次'))
    // The stand-in for WeChat's sheet: the template's title, 允许 / 取消, 总是保持以上选择.
    expect(await screen.findByText('党建助手 申请发送以下消息')).toBeTruthy()
    expect(screen.getByText('总是保持以上选择，不再询问')).toBeTruthy()
    fireEvent.click(screen.getByText('允许'))
    expect(await screen.findByText('还能提醒2次')).toBeTruthy()
    expect(cloud.grants.map((g) => g.templateIds)).toEqual([[SUBSCRIBE_TEMPLATES.activity.id]])
  })

  it('asks nothing the second time once 总是保持以上选择 was ticked: WeChat (the local cloud) keeps the choice', async () => {
    let remaining = 1
    const recorded: unknown[] = []
    const cloud = cloudWithActions({
      'member/reminders.get': () => ({ data: settings(remaining, 'accept') }),
      'member/subscribe.record': (input) => {
        remaining += 1
        recorded.push(input)
        return { data: settings(remaining, 'accept') }
      },
    })
    render(<RemindersPage />)
    const id = SUBSCRIBE_TEMPLATES.activity.id

    fireEvent.click(await screen.findByText('再授权一次'))
    fireEvent.click(await screen.findByText('总是保持以上选择，不再询问'))
    fireEvent.click(screen.getByText('允许'))
    expect(await screen.findByText('还能提醒2次')).toBeTruthy()
    expect(cloud.grants[0]).toMatchObject({ templateIds: [id], kept: { [id]: 'accept' } })
    expect(Object.values(cloud.kept)).toEqual([{ [id]: 'accept' }])

    // Kept where WeChat keeps it (the local cloud), not in this browser's storage.
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('dangjian.wx.subscriptions'))).toEqual([])
    fireEvent.click(screen.getByText('再授权一次'))
    expect(await screen.findByText('还能提醒3次')).toBeTruthy()
    expect(screen.queryByText('党建助手 申请发送以下消息')).toBeNull()
    expect(cloud.grants.map((g) => g.templateIds)).toEqual([[id], [id]])
    expect(recorded).toHaveLength(2)
  })

  it('turns off a kind that can still remind, and offers only 开启 once it is off', async () => {
    const cloud = cloudWithActions({
      'member/reminders.get': () => ({ data: settings(1, 'accept') }),
      'member/reminders.set': () => ({ data: { kinds: [{ ...settings(1).kinds[0], on: false }] } }),
    })
    render(<RemindersPage />)

    expect(await screen.findByText('还能提醒1次')).toBeTruthy()
    fireEvent.click(screen.getByText('不想收到这类提醒？点此关闭'))
    // One state, one thing to do: off, it says so and offers to turn it on, asking nothing of WeChat.
    expect(await screen.findByText('已关闭')).toBeTruthy()
    expect(screen.getByText('开启')).toBeTruthy()
    expect(screen.queryByText('再授权一次')).toBeNull()
    expect(screen.queryByText('不想收到这类提醒？点此关闭')).toBeNull()
    expect(cloud.calls[1].input).toEqual({ kind: 'activity', on: false })
  })

  it('gives each kind one line of state and at most one action, and the screen at most one red button', async () => {
    const kind = settings(0).kinds[0]
    cloudWithActions({
      'member/reminders.get': () => ({
        data: {
          kinds: [
            { ...kind, key: 'activity', label: '活动通知与提醒', remaining: 2, lastAnswer: 'accept' },
            { ...kind, key: 'notice', label: '通知', remaining: 0, lastAnswer: 'accept' },
            { ...kind, key: 'makeup', label: '补学提醒', remaining: 0 },
            { ...kind, key: 'dues', label: '党费提醒', on: false },
            { ...kind, key: 'leave', label: '请假审批', remaining: 0, lastAnswer: 'reject' },
          ],
        },
      }),
    })
    const { container } = render(<RemindersPage />)

    expect(await screen.findByText('还能提醒2次')).toBeTruthy()
    // Used up, never asked or declined: all the same to the member, WeChat will not remind them.
    expect(screen.getAllByText('还没有授权')).toHaveLength(3)
    expect(screen.getByText('已关闭')).toBeTruthy()
    expect(screen.getAllByText('点此授权')).toHaveLength(3)
    expect(screen.getAllByText('再授权一次')).toHaveLength(1)
    expect(screen.getAllByText('开启')).toHaveLength(1)
    // Nothing offers to close a kind that was never authorized.
    expect(screen.getAllByText('不想收到这类提醒？点此关闭')).toHaveLength(1)
    expect(container.querySelectorAll('.ui-button--primary')).toHaveLength(1)
  })
})

describe('the reminder offer after 请假', () => {
  const leaveCloud = () =>
    cloudWithActions({
      'member/activity.get': () => ({ data: activityPage() }),
      'member/leave.request': () => ({ data: activityPage().me }),
      'member/subscribe.record': () => ({ data: settings(1, 'accept') }),
    })

  async function askLeave(): Promise<void> {
    fireEvent.click(await screen.findByText('请假'))
    await typeInto('如：出差在外地', '赴省厅开会')
    fireEvent.click(screen.getByText('提交请假'))
  }

  it('appears only after the leave is asked, and records what WeChat’s sheet answered', async () => {
    setRouterParams({ id: 'act-1' })
    const cloud = leaveCloud()
    render(<ActivityDetailPage />)
    await screen.findByText('议程')
    expect(screen.queryByText('需要时用微信提醒您吗？')).toBeNull()

    await askLeave()
    expect(await screen.findByText('需要时用微信提醒您吗？')).toBeTruthy()
    fireEvent.click(screen.getByText('接收提醒'))
    await screen.findByText('补学提醒')
    fireEvent.click(screen.getByText('允许'))
    expect(await screen.findByText('已开启。活动通知与提醒：还可提醒1次')).toBeTruthy()
    const record = cloud.calls.find((c) => c.action === 'subscribe.record')
    expect(record?.input).toEqual({ moment: 'leave', results: { activity: 'accept', makeup: 'accept' }, kept: [] })
  })

  it('is not offered again once declined, until 提醒设置 is opened', async () => {
    setRouterParams({ id: 'act-1' })
    const cloud = leaveCloud()
    const first = render(<ActivityDetailPage />)
    await askLeave()
    fireEvent.click(await screen.findByText('不用了'))
    await waitFor(() => expect(screen.queryByText('需要时用微信提醒您吗？')).toBeNull())
    first.unmount()

    render(<ActivityDetailPage />)
    await askLeave()
    await waitFor(() => expect(recorded.toasts).toEqual(['已提交，等待书记审批', '已提交，等待书记审批']))
    expect(actionsCalled(cloud).filter((a) => a === 'member/leave.request')).toHaveLength(2)
    // The offer decides after reading WeChat's kept choices: give that a moment.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.queryByText('需要时用微信提醒您吗？')).toBeNull()

    cloudWithActions({ 'member/reminders.get': () => ({ data: settings(0) }) })
    render(<RemindersPage />)
    pageEvents.show()
    await screen.findByText('还没有授权')
    expect(window.localStorage.getItem('dangjian.reminders.declined')).toBeNull()
  })
})
