import Taro from '@tarojs/taro'
import type { ActivityListItem } from '@core/contract/activity-views'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActivityCard } from '@/components/ActivityCard'
import { Button } from '@/components/Button'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'

type Scope = 'upcoming' | 'past'
const SCOPES: Choice<Scope>[] = [
  { value: 'upcoming', label: '即将开始' },
  { value: 'past', label: '已结束（我的参加记录）' },
]
const PAGE = 20

interface Page {
  items: ActivityListItem[]
  nextCursor: number | null
}

const EMPTY: Record<Scope, { title: string; description: string }> = {
  upcoming: {
    title: '暂无活动安排',
    description: '支部发布的学习日、党员活动日和三会一课会显示在这里，可以请假和签到。',
  },
  past: { title: '还没有已结束的活动', description: '参加过的活动和您的签到、请假、补学情况会显示在这里。' },
}

/** One scope's list; more pages are appended below ("加载更多"), the first one reloads on show. */
function ActivityList({ scope }: { scope: Scope }) {
  const screen = useScreen(() => callCloud('member', 'activity.list', { scope, limit: PAGE }), {
    isEmpty: (page: Page) => page.items.length === 0,
  })
  const [more, setMore] = useState<Page | null>(null)
  const [busy, setBusy] = useState(false)

  const loadMore = async (cursor: number) => {
    setBusy(true)
    try {
      const next = await callCloud('member', 'activity.list', { scope, limit: PAGE, cursor })
      setMore((was) => ({ items: [...(was?.items ?? []), ...next.items], nextCursor: next.nextCursor }))
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <ScreenView
      screen={screen}
      empty={() => <EmptyState {...EMPTY[scope]} />}
      boundShows="支部的活动安排、您的请假和签到情况"
    >
      {(first) => {
        const items = [...first.items, ...(more?.items ?? [])]
        const cursor = more ? more.nextCursor : first.nextCursor
        return (
          <View className="stack">
            {items.map((item) => (
              <ActivityCard
                key={item.id}
                item={item}
                onOpen={() => void Taro.navigateTo({ url: `/pages/activity/index?id=${encodeURIComponent(item.id)}` })}
              />
            ))}
            {cursor !== null ? (
              <Button block loading={busy} onClick={() => void loadMore(cursor)}>
                加载更多
              </Button>
            ) : null}
          </View>
        )
      }}
    </ScreenView>
  )
}

export default function ActivitiesPage() {
  const [scope, setScope] = useState<Scope>('upcoming')
  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">活动</Text>
        <ChoiceChips options={SCOPES} value={scope} onChange={setScope} />
        <ActivityList key={scope} scope={scope} />
      </View>
    </PageShell>
  )
}
