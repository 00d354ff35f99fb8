// weapp: WeChat's camera scanner. The H5 build uses scan.h5.ts (no scanner: type the code).
import Taro from '@tarojs/taro'

export const canScan = true

// 'wxCode' (a 小程序码) is a scan type WeChat documents and Taro's types do not list yet.
const SCAN_TYPES = ['qrCode', 'wxCode'] as unknown as Array<keyof Taro.scanCode.ScanType>

/** What the scanner read: a plain QR's text as `result`; a 小程序码's page and scene as `path`. */
export interface Scanned {
  result?: string
  path?: string
}

/** What the camera read from a QR code or a 小程序码, or null when the person cancelled. */
export async function scanCode(): Promise<Scanned | null> {
  try {
    const { result, path } = await Taro.scanCode({ onlyFromCamera: true, scanType: SCAN_TYPES })
    return { result, path }
  } catch {
    return null
  }
}
