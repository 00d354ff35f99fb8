import Taro from '@tarojs/taro'
import type { InboxItem, NoticeInbox } from '@core/contract/notify-views'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { NoticeMonths, NoticeRow } from '@/notify/NoticeRow'
import { readText } from '@/notify/words'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import './index.css'

const openNotice = (id: string) => () => void Taro.navigateTo({ url: `/packageMember/pages/notice/index?id=${id}` })
const openSettings = () => void Taro.navigateTo({ url: '/packageMember/pages/reminders/index' })

type Part = 'unread' | 'ack' | 'read' | 'before'

/** Where an item belongs; the server sends them in this order. */
function partOf(item: InboxItem, boundAt: number | null): Part {
  if (boundAt != null && item.publishedAt < boundAt)
    return item.read && item.needReceipt && !item.acked ? 'ack' : 'before'
  if (!item.read) return 'unread'
  return item.needReceipt && !item.acked ? 'ack' : 'read'
}

const HEADINGS: Record<Part, string> = {
  unread: '未读',
  ack: '待确认收到',
  read: '已读',
  before: '绑定前的通知',
}

function Row({ item, part }: { item: InboxItem; part: Part }) {
  const chip = !item.read ? (part === 'before' ? 'neutral' : 'danger') : part === 'ack' ? 'warning' : 'neutral'
  return (
    <NoticeRow
      title={item.title}
      source={item.source}
      from={item.from}
      at={item.publishedAt}
      strong={part === 'unread'}
      onClick={openNotice(item.noticeId)}
    >
      <Text className={`status-chip status-chip--${chip}`}>{readText(item)}</Text>
    </NoticeRow>
  )
}

const ORDER: Part[] = ['unread', 'ack', 'read', 'before']

/**
 * Notices already dealt with, month by month: this month's (else the latest month's) open among
 * those read, the rest folded under `11月 · 8条`; the ones from before I bound all folded.
 */
function Folded({ items, part }: { items: InboxItem[]; part: 'read' | 'before' }) {
  return (
    <NoticeMonths
      items={items}
      at={(item) => item.publishedAt}
      shut={part === 'before'}
      row={(item) => <Row key={item.noticeId} item={item} part={part} />}
    />
  )
}

/**
 * The list in its parts, each under its heading: 未读 and 待确认收到 in full (they ask something of
 * me), then 已读 and 绑定前的通知 folded by month.
 */
function Parts({ items, boundAt }: { items: InboxItem[]; boundAt: number | null }) {
  const parts = ORDER.map((part) => ({ part, items: items.filter((item) => partOf(item, boundAt) === part) }))
  // 未读: those asking for 确认收到 on top, then the newest first (never last year's ahead of this week's).
  parts[0].items.sort((a, b) => Number(b.needReceipt) - Number(a.needReceipt) || b.publishedAt - a.publishedAt)
  return (
    <>
      {parts
        .filter((p) => p.items.length > 0)
        .map(({ part, items: mine }) => (
          <View key={part} className="stack">
            <Text className="notice-part">{HEADINGS[part]}</Text>
            {part === 'before' ? (
              <Text className="text-secondary">您绑定之前支部发过的通知，不算未读，需要时可以翻看。</Text>
            ) : null}
            {part === 'read' || part === 'before' ? (
              <Folded items={mine} part={part} />
            ) : (
              mine.map((item) => <Row key={item.noticeId} item={item} part={part} />)
            )}
          </View>
        ))}
    </>
  )
}

/**
 * 通知: every unread notice first, then those waiting for 确认收到, then the rest a page at a time
 * folded by month (notices from before I bound last); opening one marks it read.
 */
export default function NoticesPage() {
  const [more, setMore] = useState<InboxItem[]>([])
  const [next, setNext] = useState<string | null | undefined>(undefined)
  const [loadingMore, setLoadingMore] = useState(false)
  const screen = useScreen(
    async () => {
      const first = await callCloud('member', 'notice.inbox', {})
      setMore([])
      setNext(undefined)
      return first
    },
    { isEmpty: (box: NoticeInbox) => box.items.length === 0 },
  )

  const loadMore = async (before: string) => {
    setLoadingMore(true)
    try {
      const page = await callCloud('member', 'notice.inbox', { before })
      setMore((items) => [...items, ...page.items])
      setNext(page.nextBefore)
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none' })
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => (
          <EmptyState
            title="还没有通知"
            description="支部和机关党委发布的通知、活动安排会出现在这里。"
            action={<Button onClick={openSettings}>设置微信提醒</Button>}
          />
        )}
      >
        {(box) => {
          const cursor = next === undefined ? box.nextBefore : next
          return (
            <View className="stack">
              <Text className="page-title">通知</Text>
              <Text className="page-subtitle">
                {box.unread > 0 ? `${box.unread}条未读，未读的在前` : '没有未读的通知'}
              </Text>
              <Parts items={[...box.items, ...more]} boundAt={box.boundAt} />
              {cursor ? (
                <Button block loading={loadingMore} onClick={() => void loadMore(cursor)}>
                  查看更早的通知
                </Button>
              ) : null}
              <EntryRow title="提醒设置：需要时用微信提醒我" onClick={openSettings} />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
