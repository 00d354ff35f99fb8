// weapp: the file is downloaded through its temporary link and opened in WeChat's viewer, whose
// menu forwards it or saves it. The H5 build uses open-export.h5.ts.
import Taro from '@tarojs/taro'

export async function openExport(url: string, _fileName: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  } catch {
    throw new Error('文件没能打开，请稍后再试')
  }
}
