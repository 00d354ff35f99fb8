// H5: the sheet's panel scrolls inside itself; the picker just opened is scrolled to its top so
// its search box and names are in sight, not under the sheet's fixed 取消/清除/确定.
import type { reveal as Weapp } from './reveal'

export const reveal: typeof Weapp = (element) => {
  const node = element as HTMLElement | null
  if (node && typeof node.scrollIntoView === 'function') node.scrollIntoView({ block: 'start', behavior: 'smooth' })
}
