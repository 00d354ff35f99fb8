import type { ReminderSettings } from '@core/contract/notify-views'
import { ASK_AT, REMINDER_KINDS, SUBSCRIBE_TEMPLATES, type AskMoment, type TemplateKey } from '@core/notify/templates'
import { useCallback, useState } from 'react'
import type { ReminderOfferProps } from '@/components/ReminderOffer'
import { declinedKinds, rememberDeclined } from '@/notify/declined'
import { callCloud } from '@/services/cloud'
import { readKeptChoices, requestSubscribe } from '@/services/subscribe'
import type { SheetAnswer } from '@/services/subscribe-types'

const idOf = (k: TemplateKey) => SUBSCRIBE_TEMPLATES[k].id

/** What the member now has, in words: `活动通知与提醒：还可提醒2次`. */
function summary(settings: ReminderSettings, kinds: TemplateKey[]): string {
  return settings.kinds
    .filter((k) => kinds.includes(k.key))
    .map((k) => (k.remaining === null ? `${k.label}：已开启` : `${k.label}：还可提醒${k.remaining}次`))
    .join('；')
}

/**
 * Offers WeChat reminders right after a natural tap (请假, 签到, reporting dues): never at launch,
 * never for kinds the member declined or kept as “reject” in WeChat. The offer's own button is
 * the tap WeChat requires for its sheet; what WeChat answers is recorded on the server.
 */
export function useReminderOffer(moment: Exclude<AskMoment, 'settings'>): {
  show: () => void
  props: ReminderOfferProps
} {
  const [state, setState] = useState<ReminderOfferProps['state']>('hidden')
  const [kinds, setKinds] = useState<TemplateKey[]>([])
  const [message, setMessage] = useState<string | null>(null)

  const show = useCallback(() => {
    const declined = declinedKinds()
    void readKeptChoices().then((kept) => {
      if (!kept.mainSwitch) return
      const open = ASK_AT[moment].filter(
        (k) => !declined.includes(k) && kept.itemSettings[idOf(k)] !== 'reject' && kept.itemSettings[idOf(k)] !== 'ban',
      )
      if (open.length === 0) return
      setKinds(open)
      setMessage(null)
      setState('offer')
    })
  }, [moment])

  const onAccept = () => {
    setState('asking')
    // Called within the tap: WeChat shows its sheet only for a tap.
    void requestSubscribe(kinds.map(idOf)).then(async (answers) => {
      if (!answers) {
        setState('offer')
        return
      }
      const results: Partial<Record<TemplateKey, SheetAnswer>> = {}
      for (const k of kinds) if (answers[idOf(k)]) results[k] = answers[idOf(k)]
      const keptNow = await readKeptChoices()
      const kept = kinds.filter((k) => keptNow.itemSettings[idOf(k)] !== undefined)
      rememberDeclined(kinds.filter((k) => results[k] === 'reject' || results[k] === 'ban'))
      try {
        const settings = await callCloud('member', 'subscribe.record', { moment, results, kept })
        const accepted = kinds.filter((k) => results[k] === 'accept')
        setMessage(accepted.length > 0 ? `已开启。${summary(settings, accepted)}` : '好的，暂不开启微信提醒。')
      } catch {
        setMessage('没能记下您的选择，请到“我的 → 提醒设置”中再试。')
      }
      setState('done')
    })
  }

  const onDecline = () => {
    rememberDeclined(kinds)
    setState('hidden')
  }

  return {
    show,
    props: { state, labels: kinds.map((k) => REMINDER_KINDS[k].label), message, onAccept, onDecline },
  }
}
