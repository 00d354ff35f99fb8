// weapp: one GCJ-02 fix from WeChat (the coordinates a secretary's map position is in).
// The H5 build uses location.h5.ts (the browser's position).
import Taro from '@tarojs/taro'
import type { Position } from '@core/activity/types'
import { LocationError } from './location-error'

export { LocationError }

function errMsgOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
}

/** Asked only at a tap, and only for an activity that has a sign-in range. */
export async function currentPosition(): Promise<Position> {
  try {
    const fix = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 4000 })
    return { lat: fix.latitude, lng: fix.longitude, accuracyM: fix.accuracy }
  } catch (error) {
    const message = errMsgOf(error)
    if (/auth|deny|denied|privacy/i.test(message)) throw new LocationError('您没有允许使用位置')
    throw new LocationError('没能获取到位置，请到开阔处或打开手机定位后再试')
  }
}
