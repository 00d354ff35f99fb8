import Taro, { useRouter } from '@tarojs/taro'
import type { LeaveQueueItem } from '@core/contract/activity-officer-views'
import { LIMITS } from '@core/activity/limits'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import './index.css'

const keyOf = (item: LeaveQueueItem) => `${item.activityId}/${item.memberId}`

/** 请假审批: pending leave requests of activities that have not ended; approve, or refuse with a reason. */
export default function LeaveQueuePage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'leave.queue', branchId ? { branchId } : {}), {
    isEmpty: (queue) => queue.items.length === 0,
  })
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ key: string; message: string } | null>(null)
  const [refusing, setRefusing] = useState<LeaveQueueItem | null>(null)

  const approve = async (item: LeaveQueueItem) => {
    setBusy(keyOf(item))
    setProblem(null)
    try {
      await callCloud('secretary', 'leave.decide', {
        activityId: item.activityId,
        memberId: item.memberId,
        approve: true,
      })
      void Taro.showToast({ title: `已批准${item.name}请假`, icon: 'none' })
      await screen.reload()
    } catch (thrown) {
      setProblem({ key: keyOf(item), message: asCloudError(thrown).message })
    } finally {
      setBusy(null)
    }
  }

  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => <EmptyState title="没有待审批的请假" description="党员在活动开始前请假后，会出现在这里。" />}
      >
        {({ items }) => (
          <View className="stack">
            <Text className="page-title">请假审批</Text>
            <Text className="page-subtitle">{items.length}条待审批</Text>
            {items.map((item) => (
              <Card key={keyOf(item)}>
                <View className="stack">
                  <Text className="page-subtitle">
                    {item.activityTitle} · {formatChinaDateTime(item.startAt)}
                  </Text>
                  <Text className="leave__name">{item.name}</Text>
                  <Text>请假原因：{item.reason}</Text>
                  <Text className="text-secondary">{formatChinaDateTime(item.requestedAt)}提交</Text>
                  {problem?.key === keyOf(item) ? <Notice kind="error">{problem.message}</Notice> : null}
                  <View className="row">
                    <Button kind="primary" block loading={busy === keyOf(item)} onClick={() => void approve(item)}>
                      批准
                    </Button>
                    <Button block disabled={busy === keyOf(item)} onClick={() => setRefusing(item)}>
                      不批准
                    </Button>
                  </View>
                </View>
              </Card>
            ))}
            {refusing ? (
              <ReasonSheet
                title={`不批准${refusing.name}请假`}
                explain={`请写明原因，${refusing.name}会看到。不批准后，TA需要按时参加并签到。`}
                label="原因"
                placeholder="如：这次学习内容重要，请调整时间参加"
                confirmText="不批准"
                max={LIMITS.reason}
                onCancel={() => setRefusing(null)}
                onSubmit={async (reason) => {
                  await callCloud('secretary', 'leave.decide', {
                    activityId: refusing.activityId,
                    memberId: refusing.memberId,
                    approve: false,
                    reason,
                  })
                  setRefusing(null)
                  await screen.reload()
                }}
              />
            ) : null}
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
