// weapp: the file is downloaded by its fileID (wx.cloud.downloadFile: no download domain to
// configure, unlike wx.downloadFile on the temporary link) and opened in WeChat's viewer, whose
// menu forwards it or saves it. The H5 build uses open-export.h5.ts.
import Taro from '@tarojs/taro'
import type { ExportLink } from '@core/contract/attendance'

export async function openExport({ fileID }: Pick<ExportLink, 'fileID' | 'url' | 'fileName'>): Promise<void> {
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  } catch {
    throw new Error('文件没能打开，请稍后再试')
  }
}
