// weapp: the secretary picks the place on WeChat's map (GCJ-02, as members' phones report).
// The H5 build uses pick-position.h5.ts (the browser's current position).
import Taro from '@tarojs/taro'

export const PICK_LABEL = '在地图上选择位置'

export async function pickPosition(): Promise<{ lat: number; lng: number } | null> {
  try {
    const picked = await Taro.chooseLocation({})
    return { lat: picked.latitude, lng: picked.longitude }
  } catch {
    return null
  }
}
