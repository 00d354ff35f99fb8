import type * as WeappTransport from '@/services/transport'
import { CloudError } from '@/errors/cloud-error'
import { unwrapEnvelope } from '@/services/envelope'
import Taro from '../setup/taro'

// These tests run the H5 build, where `@/services/transport` is transport.h5.ts: load the
// weapp file itself, with WeChat's wx.cloud.callFunction as the network boundary.
const { send } = jest.requireActual<typeof WeappTransport>('../../../src/services/transport.ts')

type CallFunction = (option: { name: string; data: unknown }) => Promise<{ result: unknown }>
function stubCallFunction(impl: CallFunction): jest.Mock {
  const callFunction = jest.fn(impl)
  Object.assign(Taro, { cloud: { callFunction } })
  return callFunction
}

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof CloudError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('weapp transport (wx.cloud.callFunction)', () => {
  it('calls the function with { action, input } and hands back its result', async () => {
    const callFunction = stubCallFunction(async () => ({
      result: { ok: true, data: { bound: false, role: null, member: null } },
    }))

    const data = unwrapEnvelope(await send('member', 'session.whoami', {}, 'aKeyOfTwentyFourCharsXY'))

    expect(callFunction).toHaveBeenCalledWith({
      name: 'member',
      data: { action: 'session.whoami', input: {}, requestKey: 'aKeyOfTwentyFourCharsXY' },
    })
    expect(data).toEqual({ bound: false, role: null, member: null })
  })

  it('reports a function that crashed as INTERNAL', async () => {
    stubCallFunction(() =>
      Promise.reject({ errMsg: 'cloud.callFunction:fail Error: errCode: -504002 functions execute fail' }),
    )

    expect((await failure(send('member', 'session.whoami', {}, 'aKeyOfTwentyFourCharsXY'))).code).toBe('INTERNAL')
  })

  it('reports any other failure on the way as NETWORK.UNREACHABLE', async () => {
    stubCallFunction(() => Promise.reject({ errMsg: 'cloud.callFunction:fail request:fail timeout' }))

    const error = await failure(send('member', 'session.whoami', {}, 'aKeyOfTwentyFourCharsXY'))
    expect(error.code).toBe('NETWORK.UNREACHABLE')
    expect(error.message).toBe('网络不通，请检查网络后再试')
  })
})
