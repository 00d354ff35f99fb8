// weapp: a web page cannot open inside a mini-program without a registered business domain,
// so a link is copied for the browser or 学习强国; a cloud file is downloaded and opened.
// The H5 build uses open-material.h5.ts.
import Taro from '@tarojs/taro'
import { messageDialog } from '@/services/dialog'

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?)$/i
const VIDEO = /\.(mp4|mov|m4v)$/i

export type OpenLink = (link: string) => Promise<void>
/** Resolves when the file is open; rejects with an Error whose message is for people. */
export type OpenFile = (fileID: string) => Promise<void>

export const openLink: OpenLink = async (link) => {
  await Taro.setClipboardData({ data: link })
  await messageDialog({
    title: '链接已复制',
    content: `小程序里不能直接打开网页。请打开手机浏览器或“学习强国”，粘贴后查看：${link}`,
    confirmText: '知道了',
  })
}

export const openFile: OpenFile = async (fileID) => {
  if (!DOCUMENT.test(fileID) && !VIDEO.test(fileID)) {
    throw new Error('这个文件不能在手机上直接打开，请向支部索取')
  }
  let filePath: string
  try {
    filePath = (await Taro.cloud.downloadFile({ fileID })).tempFilePath
  } catch {
    throw new Error('文件没能下载，请检查网络后再试')
  }
  try {
    if (VIDEO.test(fileID)) await Taro.previewMedia({ sources: [{ url: filePath, type: 'video' }] })
    else await Taro.openDocument({ filePath, showMenu: true })
  } catch {
    throw new Error('文件没能打开，请稍后再试')
  }
}

/** What the link button says: on weapp the link is copied, not opened. */
export const LINK_ACTION = '复制链接'
