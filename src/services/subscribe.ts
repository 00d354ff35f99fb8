// weapp: WeChat's own authorization sheet and settings. The H5 build uses subscribe.h5.ts.
import Taro from '@tarojs/taro'
import type { KeptChoices, SheetAnswer } from './subscribe-types'

const ANSWERS: readonly SheetAnswer[] = ['accept', 'reject', 'ban', 'filter']

export async function readKeptChoices(): Promise<KeptChoices> {
  try {
    const res = await Taro.getSetting({ withSubscriptions: true })
    const s = res.subscriptionsSetting as { mainSwitch?: boolean; itemSettings?: Record<string, string> } | undefined
    const items: KeptChoices['itemSettings'] = {}
    for (const [id, answer] of Object.entries(s?.itemSettings ?? {})) {
      if (answer === 'accept' || answer === 'reject' || answer === 'ban') items[id] = answer
    }
    return { mainSwitch: s?.mainSwitch !== false, itemSettings: items }
  } catch {
    return { mainSwitch: true, itemSettings: {} }
  }
}

/**
 * Shows WeChat's sheet for up to 3 templates. Must be called straight from a tap (WeChat refuses
 * it otherwise). Null when the sheet could not be shown or the member closed it.
 */
export async function requestSubscribe(tmplIds: string[]): Promise<Record<string, SheetAnswer> | null> {
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>
    const out: Record<string, SheetAnswer> = {}
    for (const id of tmplIds) {
      const answer = res[id] as SheetAnswer
      if (ANSWERS.includes(answer)) out[id] = answer
    }
    return out
  } catch {
    return null
  }
}
