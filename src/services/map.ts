// weapp: WeChat's own map for an activity's position. The H5 build uses map.h5.ts (none).
import Taro from '@tarojs/taro'

export const canOpenMap = true

export function openMap(at: { lat: number; lng: number }, name: string): void {
  void Taro.openLocation({ latitude: at.lat, longitude: at.lng, name, scale: 16 })
}
