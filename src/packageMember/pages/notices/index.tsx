import Taro from '@tarojs/taro'
import type { InboxItem, NoticeInbox } from '@core/contract/notify-views'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { readText, sourceLabel } from '@/notify/words'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import './index.css'

const openNotice = (id: string) => () => void Taro.navigateTo({ url: `/packageMember/pages/notice/index?id=${id}` })
const openSettings = () => void Taro.navigateTo({ url: '/packageMember/pages/reminders/index' })

function Row({ item }: { item: InboxItem }) {
  return (
    <Card onClick={openNotice(item.noticeId)}>
      <View className={item.read ? 'notice-row' : 'notice-row notice-row--unread'}>
        <Text className="notice-row__title">{item.title}</Text>
        <Text className="text-secondary">
          {sourceLabel(item.source)} · {item.from} · {formatChinaDateTime(item.publishedAt)}
        </Text>
        <Text
          className={`status-chip status-chip--${item.read ? (item.needReceipt && !item.acked ? 'warning' : 'neutral') : 'danger'}`}
        >
          {readText(item)}
        </Text>
      </View>
    </Card>
  )
}

/** 通知: every unread notice first, then read ones a page at a time; opening one marks it read. */
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
              <Text className="page-subtitle">{box.unread > 0 ? `${box.unread}条未读，未读的在前` : '都已读过'}</Text>
              {[...box.items, ...more].map((item) => (
                <Row key={item.noticeId} item={item} />
              ))}
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
