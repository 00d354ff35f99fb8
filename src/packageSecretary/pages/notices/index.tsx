import Taro from '@tarojs/taro'
import type { NoticeList, NoticeSummary } from '@core/contract/notify-views'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { NoticeMonths, NoticeRow } from '@/notify/NoticeRow'
import { useNoticeScope, type NoticeScope } from '../../notify/scope'
import { standingText } from '../../notify/words'
import './index.css'

const load = (scope: NoticeScope): Promise<NoticeList> =>
  scope.bureau
    ? callCloud('admin', 'notice.list', {})
    : callCloud('secretary', 'notice.list', scope.branchId ? { branchId: scope.branchId } : {})

const sentAt = (n: NoticeSummary) => n.publishedAt ?? n.createdAt

function Row({ notice, scope }: { notice: NoticeSummary; scope: NoticeScope }) {
  const open = () =>
    void Taro.navigateTo({ url: `/packageSecretary/pages/notice-detail/index?id=${notice.id}&${scope.query}` })
  return (
    <NoticeRow title={notice.title} source={notice.source} from={notice.from} at={sentAt(notice)} strong onClick={open}>
      <Text>{standingText(notice)}</Text>
      {notice.remindedAt ? (
        <Text className="text-secondary">已于{formatChinaDateTime(notice.remindedAt)}提醒未读</Text>
      ) : null}
    </NoticeRow>
  )
}

/**
 * Held notices first, in full (they wait for the office); the rest month by month, this month's
 * (else the latest month's) open, the others under `10月 · 6条` opened with no call.
 */
function Folded({ items, scope }: { items: NoticeSummary[]; scope: NoticeScope }) {
  const row = (n: NoticeSummary) => <Row key={n.id} notice={n} scope={scope} />
  return (
    <>
      {items.filter((n) => n.status === 'held').map(row)}
      <NoticeMonths items={items.filter((n) => n.status !== 'held')} at={sentAt} row={row} />
    </>
  )
}

/** 发通知: past notices (the branch's own and its activities'), with read counts; write a new one. */
export default function NoticesPage() {
  const scope = useNoticeScope()
  const screen = useScreen(() => load(scope), { isEmpty: (l) => l.items.length === 0 })
  const write = () => void Taro.navigateTo({ url: `/packageSecretary/pages/notice-new/index?${scope.query}` })
  const action = (
    <Button kind="primary" block onClick={write}>
      写新通知
    </Button>
  )
  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => (
          <EmptyState
            title="还没有发过通知"
            description="发布的通知和活动安排会列在这里，每条都能看到谁读了、谁还没读。"
            action={action}
          />
        )}
      >
        {(list) => (
          <View className="stack">
            <Text className="page-title">{scope.bureau ? '机关党委通知' : '发通知'}</Text>
            <Text className="page-subtitle">
              {scope.bureau
                ? '发给全机关或所选支部；各支部待复核的通知也在这里'
                : '最近50条，活动的发布、改期、取消也在其中'}
            </Text>
            {action}
            <Folded items={list.items} scope={scope} />
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
