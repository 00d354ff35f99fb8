import Taro from '@tarojs/taro'
import type { NoticeView } from '@core/contract/notify-views'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { MaterialList } from '@/components/MaterialList'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { targetPage } from '@/components/NoTarget'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { sourceLabel } from '@/notify/words'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import './index.css'

function Receipt({ notice, onAck }: { notice: NoticeView; onAck: () => Promise<void> }) {
  const [busy, setBusy] = useState(false)
  if (!notice.needReceipt) return null
  if (notice.ackAt !== null) return <Notice kind="success">{`已于${formatChinaDateTime(notice.ackAt)}确认收到`}</Notice>
  const ack = async () => {
    setBusy(true)
    try {
      await onAck()
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card>
      <View className="stack">
        <Text>这条通知需要回执：读完请点下面的按钮，书记会看到您已收到。</Text>
        <Button kind="primary" block loading={busy} onClick={() => void ack()}>
          已阅，收到
        </Button>
      </View>
    </Card>
  )
}

/** One notice: opening it marks it read; 已阅/收到 where it asks for a receipt; its activity one tap away. */
export default targetPage('id', NoticePageFor, {
  what: '通知',
  from: '通知',
  url: '/packageMember/pages/notices/index',
})

function NoticePageFor({ id }: { id: string }) {
  const [acked, setAcked] = useState<NoticeView | null>(null)
  const opener = useMaterialOpener()
  const screen = useScreen(() => callCloud('member', 'notice.open', { noticeId: id }))

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(opened) => {
          const notice = acked ?? opened
          const source = notice.source
          return (
            <View className="stack">
              <Text className="notice__kind">{sourceLabel(source)}</Text>
              <Text className="page-title">{notice.title}</Text>
              <Text className="page-subtitle">
                {notice.from} · {formatChinaDateTime(notice.publishedAt)}
              </Text>
              <Card>
                <Text className="notice__body" userSelect>
                  {notice.body}
                </Text>
              </Card>
              {notice.materials.length > 0 ? (
                <Section title="附件">
                  <MaterialList materials={notice.materials} opener={opener} />
                </Section>
              ) : null}
              <Receipt
                notice={notice}
                onAck={async () => setAcked(await callCloud('member', 'notice.ack', { noticeId: notice.id }))}
              />
              {source.kind === 'activity' && source.event !== 'cancelled' ? (
                <Button
                  block
                  onClick={() => void Taro.navigateTo({ url: `/pages/activity/index?id=${source.activityId}` })}
                >
                  查看活动、请假或签到
                </Button>
              ) : null}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
