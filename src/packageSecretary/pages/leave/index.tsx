import { useRouter } from '@tarojs/taro'
import type { LeaveQueueItem } from '@core/contract/activity-officer-views'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { useLeaveDecision } from '../../activity/useLeaveDecision'
import './index.css'

const keyOf = (item: Pick<LeaveQueueItem, 'activityId' | 'memberId'>) => `${item.activityId}/${item.memberId}`

/** 请假审批: pending leave requests of activities that have not ended; approve, or refuse with a reason. */
export default function LeaveQueuePage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'leave.queue', branchId ? { branchId } : {}), {
    isEmpty: (queue) => queue.items.length === 0,
  })
  // A decided request leaves the queue: the answer says it is decided, nothing else changes here.
  const decision = useLeaveDecision((_roster, ask) => {
    if (screen.status !== 'ready' && screen.status !== 'empty') return
    screen.replace({ ...screen.data, items: screen.data.items.filter((item) => keyOf(item) !== keyOf(ask)) })
  })

  return (
    <ScreenPage
      screen={screen}
      empty={() => <EmptyState title="没有待审批的请假" description="党员在活动开始前请假后，会出现在这里。" />}
      title="请假审批"
      subtitle={({ items }) => `${items.length}条待审批`}
    >
      {({ items }) => (
        <>
          {items.map((item) => (
            <Card key={keyOf(item)}>
              <View className="stack">
                <Text className="page-subtitle">
                  {item.activityTitle} · {formatChinaDateTime(item.startAt)}
                </Text>
                <Text className="leave__name">{item.name}</Text>
                <Text>请假原因：{item.reason}</Text>
                <Text className="text-secondary">{formatChinaDateTime(item.requestedAt)}提交</Text>
                {decision.notice(item)}
                <View className="row">
                  <Button kind="primary" block loading={decision.isBusy(item)} onClick={() => decision.approve(item)}>
                    批准
                  </Button>
                  <Button block disabled={decision.isBusy(item)} onClick={() => decision.refuse(item)}>
                    不批准
                  </Button>
                </View>
              </View>
            </Card>
          ))}
          {decision.sheet}
        </>
      )}
    </ScreenPage>
  )
}
