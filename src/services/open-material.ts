// weapp: a mini-program cannot open outside web pages (and copying to the clipboard is a
// privacy-scoped API), so 补学 shows a link's address to long-press and copy; a file is
// downloaded by its fileID (wx.cloud.downloadFile: no download domain to configure, unlike
// wx.downloadFile on a temporary link) and opened in WeChat's viewer. H5: open-material.h5.ts.
import Taro from '@tarojs/taro'
import type { MaterialFile } from '@/components/MaterialList'

/** Whether a tap on a link opens it; otherwise its address is shown to copy. */
export const canOpenLinks = false

/** Never called on weapp (see canOpenLinks); kept so both platforms offer the same calls. */
export function openLink(_url: string): Promise<void> {
  return Promise.resolve()
}

export async function openFile({ fileID, title }: MaterialFile): Promise<void> {
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    throw new Error(`“${title}”没能打开，请稍后再试`)
  }
}
