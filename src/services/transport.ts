// weapp: cloud functions through WeChat. The H5 build uses transport.h5.ts instead.
import Taro from '@tarojs/taro'
import { CloudError, networkError } from '@/errors/cloud-error'

/** Sends one action to one cloud function with the tap's request key; resolves with the raw envelope it returned. */
export type Send = (fn: string, action: string, input: unknown, requestKey: string) => Promise<unknown>

function errMsgOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errMsg' in error) return String(error.errMsg)
  return error instanceof Error ? error.message : String(error)
}

export const send: Send = async (fn, action, input, requestKey) => {
  try {
    const { result } = await Taro.cloud.callFunction({ name: fn, data: { action, input, requestKey } })
    return result
  } catch (error) {
    // -504002: the function itself crashed; everything else is the way there.
    if (/-504002|execute fail/.test(errMsgOf(error))) throw new CloudError('INTERNAL')
    throw networkError()
  }
}
