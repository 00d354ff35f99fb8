import type * as WeappMaterials from '@/services/open-material'
import type * as WeappExports from '@/packageAdmin/services/open-export'
import Taro from '../setup/taro'

// These tests run the H5 build: load the weapp files themselves, with WeChat's APIs as the
// boundary. A file opens by its fileID through wx.cloud.downloadFile, which needs no download
// domain in the admin console (wx.downloadFile on the temporary link would).
const { openFile } = jest.requireActual<typeof WeappMaterials>('../../../src/services/open-material.ts')
const { openExport } = jest.requireActual<typeof WeappExports>('../../../src/packageAdmin/services/open-export.ts')

function stubWeChat(download: () => Promise<{ tempFilePath: string }>) {
  const cloudDownload = jest.fn(download)
  const openDocument = jest.fn(async () => ({}))
  const plainDownload = jest.fn(async () => ({ tempFilePath: 'wxfile://wrong' }))
  Object.assign(Taro, { cloud: { downloadFile: cloudDownload }, openDocument, downloadFile: plainDownload })
  return { cloudDownload, openDocument, plainDownload }
}

describe('weapp: files open through wx.cloud.downloadFile', () => {
  it('opens a material by its fileID in WeChat’s viewer', async () => {
    const wx = stubWeChat(async () => ({ tempFilePath: 'wxfile://tmp/talk.pdf' }))
    await openFile({ fileID: 'cloud://env/activity/talk.pdf', url: 'https://tmp.example/talk.pdf', title: '讲稿' })
    expect(wx.cloudDownload).toHaveBeenCalledWith({ fileID: 'cloud://env/activity/talk.pdf' })
    expect(wx.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/talk.pdf', showMenu: true })
    expect(wx.plainDownload).not.toHaveBeenCalled()
  })

  it('opens an export by its fileID as a workbook, and says so in words when it cannot', async () => {
    const wx = stubWeChat(async () => ({ tempFilePath: 'wxfile://tmp/book.xlsx' }))
    await openExport({
      fileID: 'cloud://env/exports/book.xlsx',
      url: 'https://tmp.example/book.xlsx',
      fileName: '台账.xlsx',
    })
    expect(wx.cloudDownload).toHaveBeenCalledWith({ fileID: 'cloud://env/exports/book.xlsx' })
    expect(wx.openDocument).toHaveBeenCalledWith({
      filePath: 'wxfile://tmp/book.xlsx',
      fileType: 'xlsx',
      showMenu: true,
    })
    stubWeChat(() => Promise.reject(new Error('downloadFile:fail')))
    await expect(
      openExport({ fileID: 'cloud://env/exports/gone.xlsx', url: '', fileName: '台账.xlsx' }),
    ).rejects.toThrow('文件没能打开，请稍后再试')
  })
})
