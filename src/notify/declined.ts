/**
 * Kinds of reminder the member said no to (不用了, or 取消 / 拒绝 on WeChat's sheet): not offered
 * again at the next tap, until they open 提醒设置, which forgets them.
 */
import Taro from '@tarojs/taro'
import type { TemplateKey } from '@core/notify/templates'

const KEY = 'dangjian.reminders.declined'

export function declinedKinds(): TemplateKey[] {
  try {
    const stored: unknown = Taro.getStorageSync(KEY)
    return Array.isArray(stored) ? (stored.filter((k) => typeof k === 'string') as TemplateKey[]) : []
  } catch {
    return []
  }
}

export function rememberDeclined(kinds: TemplateKey[]): void {
  const all = [...new Set([...declinedKinds(), ...kinds])]
  Taro.setStorageSync(KEY, all)
}

export function forgetDeclined(): void {
  Taro.removeStorageSync(KEY)
}
