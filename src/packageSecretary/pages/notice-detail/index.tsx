import Taro from '@tarojs/taro'
import type { NoticeDetail } from '@core/contract/notify-views'
import { NOTICE_LIMITS } from '@core/contract/notify-limits'
import { formatChinaClock, formatChinaDateTime, formatChinaMonthDay } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { PageShell } from '@/components/PageShell'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { targetPage } from '@/components/NoTarget'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { sourceLabel } from '@/notify/words'
import { DeliveryRows } from '../../notify/DeliveryRows'
import { useNoticeScope } from '../../notify/scope'
import { PUSH_WORDS, standingText } from '../../notify/words'
import { nobodyWords, reachWords, remindWords } from './remind-words'
import { confirmDialog, messageDialog } from '@/services/dialog'

function counts(detail: NoticeDetail): string {
  return Object.entries(detail.pushes)
    .map(([state, n]) => `${PUSH_WORDS[state as keyof typeof PUSH_WORDS]} ${n}人`)
    .join('；')
}

/** One notice for its officer: read counts, who has not read, every push's fate; 提醒未读 once; the party office's review. */
export default targetPage('id', NoticeDetailPageFor, {
  what: '通知',
  from: '通知',
  url: '/packageSecretary/pages/notices/index',
})

function NoticeDetailPageFor({ id }: { id: string }) {
  const scope = useNoticeScope()
  const via = scope.bureau ? 'admin' : 'secretary'
  const screen = useScreen(() =>
    via === 'admin'
      ? callCloud('admin', 'notice.detail', { noticeId: id })
      : callCloud('secretary', 'notice.detail', { noticeId: id }),
  )
  const [busy, setBusy] = useState(false)
  const [rejecting, setRejecting] = useState(false)

  const remind = async (detail: NoticeDetail) => {
    const sure = await confirmDialog({
      title: `提醒${detail.toRemind}名未读的党员？`,
      content: reachWords(detail.reach),
      confirmText: '发送提醒',
    })
    if (!sure) return
    setBusy(true)
    try {
      const r =
        via === 'admin'
          ? await callCloud('admin', 'notice.remind', { noticeId: id })
          : await callCloud('secretary', 'notice.remind', { noticeId: id })
      void messageDialog({
        title: r.already ? '已经提醒过了' : '已提醒',
        content: r.already
          ? `已于${formatChinaDateTime(r.remindedAt)}提醒过未读的党员，每条通知只提醒一次。`
          : remindWords(r),
      })
      screen.replace(r.detail)
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  const release = async () => {
    setBusy(true)
    try {
      screen.replace(await callCloud('admin', 'notice.review', { noticeId: id, decision: 'release' }))
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(detail) => {
          const n = detail.notice
          const unread = detail.toRemind
          return (
            <View className="stack">
              <Text className="page-subtitle">
                {sourceLabel(n.source)} · {n.from}
              </Text>
              <Text className="page-title">{n.title}</Text>
              <Card>
                <View className="stack">
                  <Text>{standingText(n)}</Text>
                  {n.publishedAt ? (
                    <Text className="text-secondary">发布于{formatChinaDateTime(n.publishedAt)}</Text>
                  ) : null}
                  {n.rejectReason ? <Text>复核意见：{n.rejectReason}</Text> : null}
                  {counts(detail) ? <Text className="text-secondary">{counts(detail)}</Text> : null}
                </View>
              </Card>
              {n.status === 'held' && scope.bureau ? (
                <Section title="复核">
                  <Text>{n.body}</Text>
                  <View className="row">
                    <Button block disabled={busy} onClick={() => setRejecting(true)}>
                      不予发出
                    </Button>
                    <Button kind="primary" block loading={busy} onClick={() => void release()}>
                      复核通过，发出
                    </Button>
                  </View>
                </Section>
              ) : null}
              {n.status === 'published' && n.remindedAt ? (
                <View className="stack">
                  <Button block disabled>
                    {`已于${formatChinaMonthDay(n.remindedAt)} ${formatChinaClock(n.remindedAt)}提醒`}
                  </Button>
                  <Text className="text-secondary">每条通知只能提醒一次</Text>
                </View>
              ) : n.status === 'published' && unread > 0 && detail.reach.pushed === 0 ? (
                <Text className="text-secondary">{nobodyWords(detail.reach)}</Text>
              ) : n.status === 'published' && unread > 0 ? (
                <Button kind="primary" block loading={busy} onClick={() => void remind(detail)}>
                  {`提醒未读（${unread}人）`}
                </Button>
              ) : null}
              <Section title={`每个人的情况（未读的在前）`}>
                <DeliveryRows rows={detail.rows} needReceipt={n.needReceipt} />
              </Section>
              {rejecting ? (
                <ReasonSheet
                  title="不予发出"
                  explain="这条通知不会发给任何人；发布人会看到您写的原因。"
                  label="原因"
                  placeholder="如：含有联系方式，请删去后重新发布"
                  confirmText="不予发出"
                  min={NOTICE_LIMITS.reasonMin}
                  max={NOTICE_LIMITS.reason}
                  onCancel={() => setRejecting(false)}
                  onSubmit={async (reason) => {
                    const answer = await callCloud('admin', 'notice.review', {
                      noticeId: id,
                      decision: 'reject',
                      reason,
                    })
                    setRejecting(false)
                    screen.replace(answer)
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
