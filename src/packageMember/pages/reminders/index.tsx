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

/** What a kind's one action is, if any. */
type KindAction = 'authorize' | 'again' | 'on' | null

/**
 * Where a kind stands, in one line of words, and the one thing to do about it: 还能提醒N次 (再授权一次),
 * 还没有授权 (点此授权), 已关闭 (开启). WeChat allows one message per 允许.
 */
function kindState(kind: ReminderKindState): { words: string; action: KindAction } {
  if (!kind.on) return { words: '已关闭', action: 'on' }
  if (kind.remaining === null) return { words: '长期有效', action: null }
  if (kind.lastAnswer === 'ban') return { words: '您已在微信中关闭这类消息', action: null }
  if (kind.remaining > 0) return { words: `还能提醒${kind.remaining}次`, action: 'again' }
  return { words: '还没有授权', action: 'authorize' }
}

const ACTION_WORDS: Record<Exclude<KindAction, null>, string> = {
  authorize: '点此授权',
  again: '再授权一次',
  on: '开启',
}

function KindCard({
  kind,
  busy,
  primary,
  onToggle,
  onAuthorize,
}: {
  kind: ReminderKindState
  busy: boolean
  /** The screen's one red button: the first kind that cannot reach the member yet. */
  primary: boolean
  onToggle: () => void
  onAuthorize: () => void
}) {
  const { words, action } = kindState(kind)
  return (
    <Card>
      <View className="stack">
        <Text className="reminder__label">{kind.label}</Text>
        <Text className="text-secondary">{kind.about}</Text>
        <Text className="reminder__left">{words}</Text>
        {kind.on && kind.lastAnswer === 'ban' ? (
          <Text className="text-secondary">可在微信右上角“···”→“设置”→“订阅消息”中重新打开。</Text>
        ) : null}
        {action ? (
          <Button
            kind={primary ? 'primary' : 'plain'}
            block
            loading={busy}
            onClick={action === 'on' ? onToggle : onAuthorize}
          >
            {ACTION_WORDS[action]}
          </Button>
        ) : null}
        {action === 'again' ? (
          <Text className="reminder__off" onClick={busy ? undefined : onToggle}>
            不想收到这类提醒？点此关闭
          </Text>
        ) : null}
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
          {(fresh ?? loaded).kinds.map((kind, i, kinds) => (
            <KindCard
              key={kind.key}
              kind={kind}
              busy={busy === kind.key}
              primary={kinds.findIndex((k) => kindState(k).action === 'authorize') === i}
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
