/**
 * The app's two dialogs over WeChat's own (wx.showModal): a question with two answers, and a
 * message with one. WeChat's dialog takes no CSS, only a colour for its confirm button: ours is
 * the party red of app.css (--c-primary), never the stock green. In H5, src/h5.css gives Taro's
 * stand-in the app's type and 长辈版 sizes.
 */
import Taro from '@tarojs/taro'

/** --c-primary in app.css: WeChat's dialog takes a colour, not a variable. */
export const PARTY_RED = '#c8102e'

/** Asks before an action; true when the person chose `confirmText`. */
export async function confirmDialog(o: {
  title: string
  content: string
  confirmText: string
  cancelText?: string
}): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: o.title,
    content: o.content,
    confirmText: o.confirmText,
    cancelText: o.cancelText ?? '取消',
    confirmColor: PARTY_RED,
  })
  return confirm
}

/** Tells the person something that needs reading, with one button. */
export async function messageDialog(o: { title: string; content: string; confirmText?: string }): Promise<void> {
  await Taro.showModal({
    title: o.title,
    content: o.content,
    showCancel: false,
    confirmText: o.confirmText ?? '知道了',
    confirmColor: PARTY_RED,
  })
}
