import { callCloud, CloudError } from '@/services/cloud'
import { appNow, heardCloudNow } from '@/services/clock'
import { phoneClockAt } from '../setup/clock'
import { OPENID_STORAGE_KEY } from '@/services/demo-identity'
import { installFakeCloud, memberSession } from '../helpers/fake-cloud'

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof CloudError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

beforeEach(() => {
  window.localStorage.clear()
})

describe('callCloud against the local cloud (H5)', () => {
  it('posts { action, input } to /fn/<name> as the chosen person and returns the data', async () => {
    window.localStorage.setItem(OPENID_STORAGE_KEY, 'openid-zhangsan')
    const cloud = installFakeCloud({ fn: () => ({ body: { ok: true, data: memberSession() } }) })

    const session = await callCloud('member', 'session.whoami', {})

    expect(session.member?.name).toBe('张三')
    expect(cloud.calls).toEqual([{ fn: 'member', action: 'session.whoami', input: {}, openid: 'openid-zhangsan' }])
  })

  it("keeps the cloud's clock from each answer: the app's clock is the cloud's, however wrong the phone's", async () => {
    // A phone on a fixed day (the test reads no "now" of the run's).
    phoneClockAt('2026-03-04T09:00:00+08:00')
    const cloudNow = Date.parse('2026-04-13T09:00:00+08:00')
    installFakeCloud({ fn: () => ({ body: { ok: true, data: memberSession(), now: cloudNow } }) })
    try {
      await callCloud('member', 'session.whoami', {})
      expect(Math.abs(appNow() - cloudNow)).toBeLessThan(1_000)
      // An answer without the cloud's clock (an older function) leaves it as it was.
      installFakeCloud({ fn: () => ({ body: { ok: true, data: memberSession() } }) })
      await callCloud('member', 'session.whoami', {})
      expect(Math.abs(appNow() - cloudNow)).toBeLessThan(1_000)
      heardCloudNow(Date.now())
      expect(Math.abs(appNow() - Date.now())).toBeLessThan(1_000)
    } finally {
      heardCloudNow(Date.now())
      phoneClockAt(null)
    }
  })

  it('gives a new browser one stranger identity and keeps it', async () => {
    const cloud = installFakeCloud({
      fn: () => ({ body: { ok: true, data: { bound: false, role: null, member: null } } }),
    })

    await callCloud('member', 'session.whoami', {})
    await callCloud('member', 'session.whoami', {})

    const [first, second] = cloud.calls.map((call) => call.openid)
    // WeChat's shape (`o` + 27 of [A-Za-z0-9_-]): the local cloud refuses other openids.
    expect(first).toMatch(/^o[A-Za-z0-9_-]{27}$/)
    expect(second).toBe(first)
    expect(window.localStorage.getItem(OPENID_STORAGE_KEY)).toBe(first)
  })

  it('turns an error envelope on a 4xx into a CloudError with the Chinese message and fields', async () => {
    installFakeCloud({
      fn: () => ({
        status: 400,
        body: {
          ok: false,
          error: { code: 'REQUEST.INVALID', message: '填写的内容有误', fields: { code: '绑定码是6位数字' } },
        },
      }),
    })

    const error = await failure(callCloud('member', 'session.whoami', {}))

    expect(error.code).toBe('REQUEST.INVALID')
    expect(error.message).toBe('填写的内容有误')
    expect(error.fields).toEqual({ code: '绑定码是6位数字' })
  })

  it('keeps the request id of an INTERNAL failure', async () => {
    installFakeCloud({
      fn: () => ({
        status: 500,
        body: { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试', requestId: 'req-42' } },
      }),
    })

    const error = await failure(callCloud('member', 'session.whoami', {}))

    expect(error).toMatchObject({ code: 'INTERNAL', requestId: 'req-42', message: '系统出了点问题，请稍后再试' })
  })

  it('keeps an error code this build does not know and shows the server’s words, without asking again', async () => {
    const cloud = installFakeCloud({
      fn: () => ({
        status: 409,
        body: { ok: false, error: { code: 'BINDING.CODE_EXPIRED', message: '绑定码已过期' } },
      }),
    })

    const error = await failure(callCloud('member', 'session.whoami', {}))

    // Not mistaken for a lost answer (INTERNAL), which would be sent again.
    expect(error.code).toBe('BINDING.CODE_EXPIRED')
    expect(error.message).toBe('绑定码已过期')
    expect(cloud.calls).toHaveLength(1)
  })

  it('reports an unreachable cloud as NETWORK.UNREACHABLE in Chinese', async () => {
    installFakeCloud({ fn: () => 'unreachable' })

    const error = await failure(callCloud('member', 'session.whoami', {}))

    expect(error.code).toBe('NETWORK.UNREACHABLE')
    expect(error.message).toBe('网络不通，请检查网络后再试')
  })

  it('treats a gateway error page as unreachable and any other non-envelope as INTERNAL', async () => {
    installFakeCloud({ fn: () => ({ status: 502, raw: true, text: '<html>Bad Gateway</html>' }) })
    expect((await failure(callCloud('member', 'session.whoami', {}))).code).toBe('NETWORK.UNREACHABLE')

    installFakeCloud({ fn: () => ({ status: 404, raw: true, text: 'Cannot POST /fn/member' }) })
    expect((await failure(callCloud('member', 'session.whoami', {}))).code).toBe('INTERNAL')

    installFakeCloud({ fn: () => ({ body: { data: 'no ok field' } }) })
    expect((await failure(callCloud('member', 'session.whoami', {}))).code).toBe('INTERNAL')
  })
})

describe('request keys: a tap is written once however often it is sent', () => {
  const report = { months: ['2026-11'], amountFen: 9000, method: 'wechat' as const }

  it('sends a fresh key with each new tap', async () => {
    const cloud = installFakeCloud({ fn: () => ({ body: { ok: true, data: memberSession() } }) })
    await callCloud('member', 'session.whoami', {})
    await callCloud('member', 'session.whoami', {})
    const [first, second] = cloud.requestKeys
    expect(first).toMatch(/^[A-Za-z0-9]{24}$/)
    expect(second).toMatch(/^[A-Za-z0-9]{24}$/)
    expect(second).not.toBe(first)
  })

  it('retries a lost answer once, with the same key', async () => {
    let tries = 0
    const cloud = installFakeCloud({ fn: () => (++tries === 1 ? 'unreachable' : { body: { ok: true, data: {} } }) })
    await callCloud('member', 'dues.report', report)
    expect(cloud.calls).toHaveLength(2)
    expect(cloud.requestKeys[1]).toBe(cloud.requestKeys[0])
  })

  it('keeps the key when the person taps again after the error, and not for another tap', async () => {
    const crashed = {
      status: 502,
      body: { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试' } },
    }
    let cloud = installFakeCloud({ fn: () => crashed })
    expect((await failure(callCloud('member', 'dues.report', report))).code).toBe('INTERNAL')
    const lostKey = cloud.requestKeys[0]
    cloud = installFakeCloud({ fn: () => ({ body: { ok: true, data: {} } }) })
    await callCloud('member', 'dues.report', report)
    expect(cloud.requestKeys).toEqual([lostKey])
    await callCloud('member', 'dues.report', report)
    expect(cloud.requestKeys[1]).not.toBe(lostKey)
  })

  it('does not retry a refusal, and the next tap is a new one', async () => {
    const cloud = installFakeCloud({
      fn: () => ({ status: 200, body: { ok: false, error: { code: 'DUES.ALREADY_PAID', message: '已经交过了' } } }),
    })
    await failure(callCloud('member', 'dues.report', report))
    await failure(callCloud('member', 'dues.report', report))
    expect(cloud.calls).toHaveLength(2)
    expect(cloud.requestKeys[1]).not.toBe(cloud.requestKeys[0])
  })
})
