// H5: a link opens in a new browser tab. Reading-list items carry a cloud fileID without a
// temporary URL, which only the mini-program can download.
import type { OpenFile, OpenLink } from './open-material'

export const openLink: OpenLink = async (link) => {
  window.open(link, '_blank', 'noopener')
}

export const openFile: OpenFile = async () => {
  throw new Error('文件请在微信小程序中打开')
}

export const LINK_ACTION = '打开链接'
