// weapp: WeChat's camera scanner. The H5 build uses scan.h5.ts (no scanner: type the code).
import Taro from '@tarojs/taro'

export const canScan = true

/** The scanned text, or null when the person cancelled. */
export async function scanQr(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return result
  } catch {
    return null
  }
}
