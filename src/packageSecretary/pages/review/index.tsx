import Taro, { useRouter } from '@tarojs/taro'
import type { MakeupOwingItem, MakeupQueueGroup, MakeupQueueItem } from '@core/contract/activity-officer-views'
import { ACTIVITY_TYPE_LABELS, MAKEUP_STATUS_LABELS } from '@core/activity/types'
import { makeupWords } from '@core/attendance/figures'
import { LIMITS } from '@core/activity/limits'
import { chinaMonth, formatChinaDateTime, formatChinaDay } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { MonthFolds } from '@/fold/MonthFold'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { appNow } from '@/services/clock'
import { OfflineSheet } from './OfflineSheet'
import './index.css'

/** A month's activities in words for its header: `3次活动，待补学5人` (not started, or returned). */
function monthSummary(groups: MakeupQueueGroup[]): string {
  const due = groups.reduce((n, g) => n + g.owing.length, 0)
  return due > 0 ? `${groups.length}次活动，待补学${due}人` : `${groups.length}次活动`
}

type Target = { activityId: string; item: MakeupQueueItem }
const keyOf = (t: Target) => `${t.activityId}/${t.item.memberId}`

function Submission({
  target,
  busy,
  problem,
  onConfirm,
  onReturn,
}: {
  target: Target
  busy: boolean
  problem: string | null
  onConfirm: () => void
  onReturn: () => void
}) {
  const { item } = target
  return (
    <Card>
      <View className="stack">
        <Text className="review__name">{item.name}</Text>
        <Text className="text-secondary">{formatChinaDateTime(item.submittedAt)}提交</Text>
        {item.flagged ? <Notice kind="info">内容安全检查提示需要留意，请仔细阅读。</Notice> : null}
        <Text className="review__reflection" userSelect>
          {item.reflection}
        </Text>
        {item.reviews.map((r) => (
          <Text key={r.at} className="text-secondary">
            {r.decision === 'confirm' ? '已确认' : '曾退回'}（{r.byName}，{formatChinaDateTime(r.at)}）
            {r.comment ? `：${r.comment}` : ''}
          </Text>
        ))}
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        <View className="row">
          <Button kind="primary" block loading={busy} onClick={onConfirm}>
            确认完成
          </Button>
          <Button block disabled={busy} onClick={onReturn}>
            退回
          </Button>
        </View>
      </View>
    </Card>
  )
}

/** 待补学: who still owes the 补学 (未交, or 退回 for another try), unbound members first (marked 未绑定); each can be recorded as done in person. */
function Owing({ items, onRecord }: { items: MakeupOwingItem[]; onRecord: (item: MakeupOwingItem) => void }) {
  if (items.length === 0) return null
  return (
    <View className="stack">
      <Text className="review__owing-head">待补学（{items.length}人）</Text>
      <View className="panel">
        {items.map((item) => (
          <View key={item.memberId} className="panel__row review__owing">
            <View className="spread-row">
              <Text className="review__owing-name">{item.name}</Text>
              {item.bound ? null : <Text className="tag">未绑定</Text>}
              {item.status === 'returned' ? (
                <Text className="text-secondary">{MAKEUP_STATUS_LABELS.returned}</Text>
              ) : null}
            </View>
            <Button kind={item.bound ? 'plain' : 'primary'} onClick={() => onRecord(item)}>
              登记线下补学
            </Button>
          </View>
        ))}
      </View>
      {items.some((i) => !i.bound) ? (
        <Text className="text-secondary">
          未绑定微信的党员不能在小程序里补学：请他到支部学习材料、交纸质心得后，在这里登记。
        </Text>
      ) : null}
    </View>
  )
}

/**
 * 补学审核: submitted 心得 and who still owes 补学, by activity; confirm, return, or record 线下补学.
 * The activities with 心得 waiting come first, open (the secretary's work); the rest folded by the
 * activity's month, newest first, this month (else the latest) open, a tap opening another with no call.
 */
export default function MakeupReviewPage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'makeup.queue', branchId ? { branchId } : {}), {
    isEmpty: (queue) => queue.groups.length === 0,
  })
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ key: string; message: string } | null>(null)
  const [returning, setReturning] = useState<Target | null>(null)
  const [offline, setOffline] = useState<{ group: MakeupQueueGroup; member: MakeupOwingItem } | null>(null)

  const confirm = async (target: Target) => {
    setBusy(keyOf(target))
    setProblem(null)
    try {
      const queue = await callCloud('secretary', 'makeup.review', {
        activityId: target.activityId,
        memberId: target.item.memberId,
        decision: 'confirm',
      })
      void Taro.showToast({ title: `已确认${target.item.name}的补学`, icon: 'none' })
      screen.replace(queue)
    } catch (thrown) {
      setProblem({ key: keyOf(target), message: asCloudError(thrown).message })
    } finally {
      setBusy(null)
    }
  }

  const group = (g: MakeupQueueGroup) => (
    <Section key={g.activity.id} title={`${g.activity.title}（${formatChinaDay(g.activity.startAt)}）`}>
      <Text className="text-secondary keep-words">
        {ACTIVITY_TYPE_LABELS[g.activity.type]} · {makeupWords(g.figures)}
      </Text>
      {g.submitted.length === 0 ? <Text className="text-secondary">没有待审核的心得。</Text> : null}
      {g.submitted.map((item) => {
        const target = { activityId: g.activity.id, item }
        return (
          <Submission
            key={item.memberId}
            target={target}
            busy={busy === keyOf(target)}
            problem={problem?.key === keyOf(target) ? problem.message : null}
            onConfirm={() => void confirm(target)}
            onReturn={() => setReturning(target)}
          />
        )
      })}
      <Owing items={g.owing} onRecord={(member) => setOffline({ group: g, member })} />
    </Section>
  )

  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => (
          <EmptyState
            title="没有补学任务"
            description="活动结束后，缺席和请假党员提交的心得、还没有补学的党员会出现在这里。"
          />
        )}
      >
        {({ groups }) => {
          const waiting = groups.filter((g) => g.submitted.length > 0)
          const rest = groups.filter((g) => g.submitted.length === 0)
          return (
            <View className="stack">
              <Text className="page-title">补学审核</Text>
              {waiting.map(group)}
              {waiting.length > 0 && rest.length > 0 ? (
                <Text className="review__part">其他活动的补学（按月份）</Text>
              ) : null}
              <MonthFolds
                items={rest}
                monthOf={(g) => chinaMonth(g.activity.startAt)}
                current={chinaMonth(appNow())}
                summary={monthSummary}
                row={group}
              />
              {returning ? (
                <ReasonSheet
                  title={`退回${returning.item.name}的心得`}
                  explain={`请写明意见，${returning.item.name}修改后可以重新提交。`}
                  label="意见"
                  placeholder="如：请结合本职工作谈谈体会"
                  confirmText="退回"
                  max={LIMITS.reason}
                  onCancel={() => setReturning(null)}
                  onSubmit={async (comment) => {
                    const queue = await callCloud('secretary', 'makeup.review', {
                      activityId: returning.activityId,
                      memberId: returning.item.memberId,
                      decision: 'return',
                      comment,
                    })
                    setReturning(null)
                    screen.replace(queue)
                  }}
                />
              ) : null}
              {offline ? (
                <OfflineSheet
                  group={offline.group}
                  member={offline.member}
                  onCancel={() => setOffline(null)}
                  onDone={(queue) => {
                    void Taro.showToast({ title: `已登记${offline.member.name}的线下补学`, icon: 'none' })
                    setOffline(null)
                    screen.replace(queue)
                  }}
                />
              ) : null}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
