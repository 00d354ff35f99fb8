/**
 * Runs cloud functions the way WeChat does: each instance is its own process with its own
 * environment, serving one invocation at a time; a new instance is a cold start; a busy
 * function queues callers until an instance frees up or the pool may grow.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from './clock'

export interface WxCaller {
  openid?: string
  source: string
  clientIp?: string
}

export interface FunctionConfig {
  timeout?: number
  triggers?: Array<{ name: string; type: string; config: string }>
  permissions?: { openapi?: string[] }
}

export type InvokeOutcome =
  | { kind: 'result'; result: unknown; durationMs: number; coldStartMs: number | null }
  | { kind: 'error'; errCode: number; errMsg: string }

interface Pending {
  resolve(outcome: InvokeOutcome): void
  timer: NodeJS.Timeout
  started: number
  coldStartMs: number | null
}

interface Instance {
  child: ChildProcess
  ready: Promise<number>
  busy: boolean
  /** Invocations served; the first one pays the cold start. */
  served: number
  pending: Map<string, Pending>
  /** Set when the pool itself stops the process (close, timeout, the hub's kill): not a crash. */
  stopping: boolean
}

export interface PoolOptions {
  functionsDir: string
  clock: Clock
  /** Environment every instance gets (WeChat runtime variables, configured function env). */
  env: Record<string, string>
  maxInstances: number
  appId: string
  /** wx-server-sdk bundled into one file (sdk-bundle.ts), or null for the SDK as installed. */
  sdkBundle?: string | null
}

const FORWARDED_ENV = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'NODE_PATH', 'SYSTEMROOT']

export class FunctionPool {
  private readonly instances: Instance[] = []
  private readonly waiting: Array<() => void> = []
  private crashed = 0
  readonly config: FunctionConfig

  constructor(
    readonly name: string,
    private readonly opts: PoolOptions,
  ) {
    const configFile = join(opts.functionsDir, name, 'config.json')
    this.config = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')) as FunctionConfig) : {}
  }

  /** Instances running now. */
  get size(): number {
    return this.instances.length
  }

  /** Instances that exited on their own (an uncaught error, out of memory): WeChat's crashed instances. */
  get crashes(): number {
    return this.crashed
  }

  get timeoutMs(): number {
    return (this.config.timeout ?? 3) * 1000
  }

  async invoke(event: unknown, caller: WxCaller): Promise<InvokeOutcome> {
    const instance = await this.acquire()
    try {
      return await this.run(instance, event, caller)
    } finally {
      instance.busy = false
      this.waiting.shift()?.()
    }
  }

  /** Kills every instance in the middle of its invocation (kill -9), as a crashed instance; returns how many. */
  killBusy(): number {
    const busy = this.instances.filter((i) => i.busy)
    for (const instance of busy) {
      instance.stopping = true
      // Out of the pool at once: it may have just answered, and must not take the next call while it dies.
      this.retire(instance)
      instance.child.kill('SIGKILL')
    }
    return busy.length
  }

  async close(): Promise<void> {
    const all = this.instances.splice(0)
    for (const instance of all) instance.stopping = true
    await Promise.all(all.map((i) => stop(i.child)))
  }

  private async acquire(): Promise<Instance> {
    for (;;) {
      const idle = this.instances.find((i) => !i.busy)
      if (idle) {
        idle.busy = true
        return idle
      }
      if (this.instances.length < this.opts.maxInstances) {
        const created = this.spawn()
        created.busy = true
        return created
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
  }

  private spawn(): Instance {
    const env: Record<string, string> = {}
    for (const key of FORWARDED_ENV) if (process.env[key]) env[key] = process.env[key] as string
    Object.assign(env, this.opts.env, {
      LOCAL_CLOUD_FUNCTION_FILE: join(this.opts.functionsDir, this.name, 'index.js'),
      LOCAL_CLOUD_CLOCK_OFFSET: String(this.opts.clock.offset),
      SCF_FUNCTIONNAME: this.name,
    })
    if (this.opts.sdkBundle) env.LOCAL_CLOUD_SDK_BUNDLE = this.opts.sdkBundle
    const child = fork(join(__dirname, 'worker-host.cjs'), [], {
      env: env as NodeJS.ProcessEnv,
      execArgv: [],
      stdio: 'inherit',
    })
    const pending = new Map<string, Pending>()
    const instance: Instance = {
      child,
      busy: false,
      served: 0,
      pending,
      ready: Promise.resolve(0),
      stopping: false,
    }
    let failStart: (error: Error) => void = () => undefined
    instance.ready = new Promise<number>((resolve, reject) => {
      failStart = reject
      child.once('error', reject)
      child.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') return resolve(msg.coldStartMs)
        const entry = pending.get(msg.id)
        if (!entry) return
        pending.delete(msg.id)
        clearTimeout(entry.timer)
        entry.resolve(
          msg.type === 'result'
            ? {
                kind: 'result',
                result: msg.result,
                durationMs: Date.now() - entry.started,
                coldStartMs: entry.coldStartMs,
              }
            : { kind: 'error', errCode: -504002, errMsg: `functions execute fail: ${msg.error.message}` },
        )
      })
    })
    child.once('exit', (code) => {
      if (!instance.stopping) this.crashed++
      failStart(new Error(`function ${this.name} failed to start (exit code ${code})`))
      this.retire(instance)
      for (const [id, entry] of pending) {
        pending.delete(id)
        clearTimeout(entry.timer)
        entry.resolve({ kind: 'error', errCode: -504002, errMsg: `function instance exited (code ${code})` })
      }
    })
    this.instances.push(instance)
    return instance
  }

  private retire(instance: Instance): void {
    const index = this.instances.indexOf(instance)
    if (index >= 0) this.instances.splice(index, 1)
  }

  private async run(instance: Instance, event: unknown, caller: WxCaller): Promise<InvokeOutcome> {
    let coldStartMs: number
    try {
      coldStartMs = await instance.ready
    } catch (error) {
      return { kind: 'error', errCode: -504002, errMsg: (error as Error).message }
    }
    const cold = instance.served++ === 0
    const id = randomUUID()
    const env: Record<string, string> = { WX_APPID: this.opts.appId, TCB_SOURCE: caller.source }
    if (caller.openid) env.WX_OPENID = caller.openid
    if (caller.clientIp) env.WX_CLIENTIP = caller.clientIp
    return new Promise<InvokeOutcome>((resolve) => {
      const timer = setTimeout(() => {
        instance.pending.delete(id)
        resolve({
          kind: 'error',
          errCode: -504003,
          errMsg: `Invoking task timed out after ${this.timeoutMs / 1000} seconds`,
        })
        // The instance is gone for good: never hand it to the next caller.
        this.retire(instance)
        instance.stopping = true
        instance.child.kill('SIGKILL')
      }, this.timeoutMs)
      instance.pending.set(id, { resolve, timer, started: Date.now(), coldStartMs: cold ? coldStartMs : null })
      instance.child.send({
        type: 'invoke',
        id,
        event,
        env,
        clockOffset: this.opts.clock.offset,
        context: { request_id: id, function_name: this.name, time_limit_in_ms: this.timeoutMs },
      })
    })
  }
}

type WorkerMessage =
  | { type: 'ready'; coldStartMs: number }
  | { type: 'result'; id: string; result: unknown }
  | { type: 'error'; id: string; error: { message: string; stack?: string } }

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
