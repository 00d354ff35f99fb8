// One WeChat cloud function instance: loads the function's bundle once (a cold start) and
// serves one invocation at a time, with the caller's WeChat context in process.env exactly
// where wx-server-sdk's getWXContext() reads it. Plain CommonJS so that it starts fast.
'use strict'

const RealDate = Date
let clockOffset = Number(process.env.LOCAL_CLOUD_CLOCK_OFFSET || 0)

// The local cloud's clock: every `new Date()` / `Date.now()` in the function follows it.
class CloudDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + clockOffset)
    else super(...args)
  }
  static now() {
    return RealDate.now() + clockOffset
  }
}
globalThis.Date = CloudDate

process.on('unhandledRejection', (reason) => {
  console.error('[worker] unhandled rejection', reason)
})

const started = RealDate.now()
const fn = require(process.env.LOCAL_CLOUD_FUNCTION_FILE)
process.send({ type: 'ready', coldStartMs: RealDate.now() - started })

const CONTEXT_KEYS = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP', 'TCB_SOURCE']

process.on('message', async (msg) => {
  if (!msg || msg.type !== 'invoke') return
  clockOffset = msg.clockOffset
  for (const key of CONTEXT_KEYS) delete process.env[key]
  for (const [key, value] of Object.entries(msg.env)) process.env[key] = value
  try {
    const result = await fn.main(msg.event, msg.context)
    process.send({ type: 'result', id: msg.id, result: result === undefined ? null : result })
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    process.send({ type: 'error', id: msg.id, error: { message: err.message, stack: err.stack } })
  }
})
