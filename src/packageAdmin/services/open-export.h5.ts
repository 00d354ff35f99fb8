// H5: the browser downloads the file under its Chinese name (the link is on the same host).
import type { ExportLink } from '@core/contract/attendance'

export function openExport({ url, fileName }: Pick<ExportLink, 'fileID' | 'url' | 'fileName'>): Promise<void> {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return Promise.resolve()
}
