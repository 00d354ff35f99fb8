// H5: links and files open in a new browser tab.
import type { MaterialFile } from '@/components/MaterialList'

export const canOpenLinks = true

export function openLink(url: string): Promise<void> {
  window.open(url, '_blank', 'noopener')
  return Promise.resolve()
}

export function openFile({ url }: MaterialFile): Promise<void> {
  window.open(url, '_blank', 'noopener')
  return Promise.resolve()
}
