// weapp: a mini-program cannot open outside web pages (and copying to the clipboard is a
// privacy-scoped API), so 补学 shows a link's address to long-press and copy; a file is
// downloaded and opened in WeChat's viewer. The H5 build uses open-material.h5.ts.
import Taro from '@tarojs/taro'

/** Whether a tap on a link opens it; otherwise its address is shown to copy. */
export const canOpenLinks = false

/** Never called on weapp (see canOpenLinks); kept so both platforms offer the same calls. */
export function openLink(_url: string): Promise<void> {
  return Promise.resolve()
}

export async function openFile(url: string, title: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    throw new Error(`“${title}”没能打开，请稍后再试`)
  }
}
