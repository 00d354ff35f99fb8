// weapp: a mini-program cannot open outside web pages, so a link is copied for the browser;
// a file is downloaded and opened in WeChat's viewer. The H5 build uses open-material.h5.ts.
import Taro from '@tarojs/taro'

export async function openLink(url: string): Promise<void> {
  await Taro.setClipboardData({ data: url })
  await Taro.showModal({
    title: '链接已复制',
    content: '小程序里不能直接打开网页。请粘贴到手机浏览器中打开。',
    showCancel: false,
    confirmText: '知道了',
    confirmColor: '#c8102e',
  })
}

export async function openFile(url: string, title: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    throw new Error(`“${title}”没能打开，请稍后再试`)
  }
}
