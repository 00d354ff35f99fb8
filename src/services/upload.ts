// weapp: files go to WeChat cloud storage. The H5 build uses upload.h5.ts instead.
import Taro from '@tarojs/taro'
import { CloudError, networkError } from '@/errors/cloud-error'

/** A file the person chose: a temporary path on weapp, the File itself in the browser. */
export type ChosenFile = { name: string; path: string } | { name: string; blob: Blob }

/** Uploads a chosen file to cloud storage at `cloudPath`; resolves with its `cloud://` fileID. */
export type UploadFile = (file: ChosenFile, cloudPath: string) => Promise<string>

export const uploadFile: UploadFile = async (file, cloudPath) => {
  if (!('path' in file)) throw new CloudError('INTERNAL')
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path })
    return fileID
  } catch {
    throw networkError()
  }
}
