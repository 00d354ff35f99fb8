// H5: a browser has no WeChat scanner; the 签到 page offers typing the code instead.
export const canScan = false

export function scanQr(): Promise<string | null> {
  return Promise.resolve(null)
}
