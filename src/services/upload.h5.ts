// H5: the local cloud's stand-in for wx.cloud.uploadFile (raw bytes in, a fileID out).
import { CloudError, networkError } from '@/errors/cloud-error'
import type { UploadFile } from './upload'

export const uploadFile: UploadFile = async (file, cloudPath) => {
  if (!('blob' in file)) throw new CloudError('INTERNAL')
  let response: Response
  let body: unknown
  try {
    response = await fetch(`${LOCAL_CLOUD_URL}/_admin/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: file.blob,
    })
    body = await response.json().catch(() => null)
  } catch {
    throw networkError()
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  if (response.ok && typeof record.fileID === 'string') return record.fileID
  const reason = typeof record.error === 'string' ? record.error : `HTTP ${response.status}`
  throw new CloudError('INTERNAL', `文件没能上传（${reason}），请重新选择`)
}
