// H5: a browser has no WeChat scanner; the 签到 page offers typing the code instead.
import type { Scanned } from './scan'

export const canScan = false

export function scanCode(): Promise<Scanned | null> {
  return Promise.resolve(null)
}
