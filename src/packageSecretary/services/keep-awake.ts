// weapp: keep the secretary's screen on while the code is shown. H5: keep-awake.h5.ts (nothing).
import Taro from '@tarojs/taro'

export function keepAwake(on: boolean): void {
  void Taro.setKeepScreenOn({ keepScreenOn: on }).catch(() => {})
}
