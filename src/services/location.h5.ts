// H5: the browser's position. Browsers give WGS-84; the fences are GCJ-02 (what WeChat's map
// gives), which inside China is offset by a few hundred metres: convert, as WeChat would.
import type { Position } from '@core/activity/types'
import { LocationError } from './location-error'

export { LocationError }

const A = 6378245.0
const EE = 0.006693421622965943

function insideChina(lat: number, lng: number): boolean {
  return lng > 73.66 && lng < 135.05 && lat > 3.86 && lat < 53.55
}

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}

function shiftLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}

/** WGS-84 → GCJ-02 (the published approximation every map SDK in China uses). */
export function wgsToGcj(lat: number, lng: number): { lat: number; lng: number } {
  if (!insideChina(lat, lng)) return { lat, lng }
  const radLat = (lat / 180) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (shiftLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (shiftLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: lat + dLat, lng: lng + dLng }
}

export function currentPosition(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new LocationError('这个浏览器不能获取位置'))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (fix) => resolve({ ...wgsToGcj(fix.coords.latitude, fix.coords.longitude), accuracyM: fix.coords.accuracy }),
      (error) =>
        reject(
          new LocationError(
            error.code === error.PERMISSION_DENIED
              ? '您没有允许使用位置'
              : '没能获取到位置，请到开阔处或打开手机定位后再试',
          ),
        ),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 30_000 },
    )
  })
}
