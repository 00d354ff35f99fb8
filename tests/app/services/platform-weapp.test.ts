import type * as WeappPlatform from '@/services/platform'
import Taro from '../setup/taro'

// The H5 build runs these tests: load the weapp start-up itself, with WeChat's APIs as the
// boundary, on a phone whose base library is older than 2.32.3 (no privacy API) and on a newer one.
const { startPlatform } = jest.requireActual<typeof WeappPlatform>('../../../src/services/platform.ts')

function phone(withPrivacyApi: boolean) {
  const onNeedPrivacyAuthorization = jest.fn()
  const getAppBaseInfo = jest.fn(() => ({ fontSizeSetting: 20 }))
  Object.assign(Taro, {
    cloud: { init: jest.fn() },
    canIUse: (api: string) => api !== 'onNeedPrivacyAuthorization' || withPrivacyApi,
    onNeedPrivacyAuthorization: withPrivacyApi ? onNeedPrivacyAuthorization : undefined,
    getAppBaseInfo,
  })
  return { onNeedPrivacyAuthorization, getAppBaseInfo }
}

describe('weapp start-up on old and new base libraries', () => {
  it('starts without the privacy API (before 2.32.3) and still takes the font size', () => {
    const wx = phone(false)
    expect(() => startPlatform()).not.toThrow()
    expect(wx.getAppBaseInfo).toHaveBeenCalled()
  })

  it('listens for privacy requests where the base library has them', () => {
    const wx = phone(true)
    startPlatform()
    expect(wx.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
  })
})
