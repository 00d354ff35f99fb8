import Taro, { useDidShow } from '@tarojs/taro'
import type { ReminderKindState, ReminderSettings } from '@core/contract/notify-views'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { forgetDeclined } from '@/notify/declined'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { readKeptChoices, requestSubscribe } from '@/services/subscribe'
import './index.css'

/** Where a kind stands, in one line: WeChat allows one message per 允许. */
function stateText(kind: ReminderKindState): string {
  if (!kind.on) return '已关闭：不会用微信提醒您'
  if (kind.remaining === null) return '长期有效'
  if (kind.lastAnswer === 'ban') return '您已在微信中关闭这类消息'
  if (kind.remaining > 0) return `还可以提醒您${kind.remaining}次`
  if (kind.lastAnswer === 'accept') return '授权的次数已用完，需要提醒请再授权'
  return kind.lastAnswer === 'reject' ? '上次选择了不接收' : '还没有授权，微信不会提醒您'
}

function KindCard({
  kind,
  busy,
  onToggle,
  onAuthorize,
}: {
  kind: ReminderKindState
  busy: boolean
  onToggle: () => void
  onAuthorize: () => void
}) {
  // One state per kind, and the one thing to do about it: only a kind that is on and cannot
  // reach the member asks, in red, for an authorization; turning it off is the plain button.
  const canPush = kind.remaining === null || kind.remaining > 0
  return (
    <Card>
      <View className="stack">
        <Text className="reminder__label">{kind.label}</Text>
        <Text className="text-secondary">{kind.about}</Text>
        <Text className="reminder__left">{stateText(kind)}</Text>
        {kind.on && kind.lastAnswer === 'ban' ? (
          <Text className="text-secondary">可在微信右上角“···”→“设置”→“订阅消息”中重新打开。</Text>
        ) : null}
        {kind.on && kind.lastAnswer !== 'ban' && kind.remaining !== null ? (
          <Button kind={canPush ? undefined : 'primary'} block loading={busy} onClick={onAuthorize}>
            {canPush ? '再授权一次（多提醒一次）' : '授权微信提醒'}
          </Button>
        ) : null}
        <Button block onClick={onToggle} disabled={busy}>
          {kind.on ? '关闭这类提醒' : '开启这类提醒'}
        </Button>
      </View>
    </Card>
  )
}

/**
 * 提醒设置: each kind of reminder, on or off, and how many pushes are left (WeChat never says; we
 * count). Opening it forgets the kinds declined at earlier taps, so they may be offered again.
 */
export default function RemindersPage() {
  const [fresh, setFresh] = useState<ReminderSettings | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const screen = useScreen(async () => {
    setFresh(null)
    return callCloud('member', 'reminders.get', {})
  })
  useDidShow(forgetDeclined)

  const act = async (key: string, run: () => Promise<ReminderSettings | null>) => {
    setBusy(key)
    try {
      const next = await run()
      if (next) setFresh(next)
    } catch (thrown) {
      void Taro.showToast({ title: asCloudError(thrown).message, icon: 'none' })
    } finally {
      setBusy(null)
    }
  }

  const authorize = (kind: ReminderKindState) => {
    // WeChat's sheet is asked for within the tap itself.
    const asked = requestSubscribe([kind.templateId])
    void act(kind.key, async () => {
      const answers = await asked
      if (!answers) return null
      const answer = answers[kind.templateId]
      if (!answer) return null
      const kept = (await readKeptChoices()).itemSettings[kind.templateId] ? [kind.key] : []
      return callCloud('member', 'subscribe.record', { moment: 'settings', results: { [kind.key]: answer }, kept })
    })
  }

  return (
    <ScreenPage
      screen={screen}
      title="提醒设置"
      subtitle="微信每允许一次，小程序可以给您发一条提醒。不开启也没关系：所有通知都会在“通知”里。"
    >
      {(loaded) => (
        <>
          {(fresh ?? loaded).kinds.map((kind) => (
            <KindCard
              key={kind.key}
              kind={kind}
              busy={busy === kind.key}
              onToggle={() =>
                void act(kind.key, () => callCloud('member', 'reminders.set', { kind: kind.key, on: !kind.on }))
              }
              onAuthorize={() => authorize(kind)}
            />
          ))}
        </>
      )}
    </ScreenPage>
  )
}
