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
if (process.env.LOCAL_CLOUD_SDK_BUNDLE) useSdkBundle(process.env.LOCAL_CLOUD_SDK_BUNDLE)
const fn = require(process.env.LOCAL_CLOUD_FUNCTION_FILE)
process.send({ type: 'ready', coldStartMs: RealDate.now() - started })

// wx-server-sdk from one bundled file (localcloud/sdk-bundle.ts), compiled with V8's code cache
// kept beside it: the same SDK code, a fraction of its cold start.
function useSdkBundle(bundle) {
  const fs = require('node:fs')
  const path = require('node:path')
  const vm = require('node:vm')
  const Module = require('node:module')
  const resolve = Module._resolveFilename
  Module._resolveFilename = function (request, ...rest) {
    return request === 'wx-server-sdk' ? bundle : resolve.call(this, request, ...rest)
  }
  const compile = Module.prototype._compile
  Module.prototype._compile = function (content, filename) {
    if (filename !== bundle) return compile.call(this, content, filename)
    const cacheFile = `${bundle}.v8-${process.versions.v8}.cache`
    let cachedData
    try {
      cachedData = fs.readFileSync(cacheFile)
    } catch {
      cachedData = undefined
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData })
    const wrapper = script.runInThisContext()
    const result = wrapper.call(
      this.exports,
      this.exports,
      Module.createRequire(filename),
      this,
      filename,
      path.dirname(filename),
    )
    if (cachedData === undefined || script.cachedDataRejected) {
      // Written once, then renamed, so that a starting instance never reads half a cache.
      const temp = `${cacheFile}.${process.pid}`
      try {
        fs.writeFileSync(temp, script.createCachedData())
        fs.renameSync(temp, cacheFile)
      } catch {
        // A cache that cannot be written only costs the next cold start its compile.
      }
    }
    return result
  }
}

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
