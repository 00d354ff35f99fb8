/**
 * The local cloud as its own process (`npx tsx localcloud/cli.ts serve`, the command people run),
 * so that a test can kill -9 it — the server, its store and every function instance at once —
 * and start it again on the same data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { markReadsNow } from '../setup/instant-probe'

const ROOT = resolve(__dirname, '..', '..')
const STARTED = /本地云已启动：(http:\/\/[^\s]+)/

export interface ChildCloud {
  url: string
  /** SIGKILL to the whole process group: no close, no compaction, nothing flushed. */
  kill9(): Promise<void>
}

export interface ChildOptions {
  dataDir: string
  /** LOCAL_CLOUD_NOW: where the cloud's clock starts (again at every start). */
  startAt: string
  /** LOCAL_CLOUD_PORT; 0 (the default) for any free port. */
  port?: number
}

/** `npx tsx localcloud/cli.ts serve` in its own process group, timers off, output piped. */
export function spawnCloudProcess(options: ChildOptions): ChildProcess {
  return spawn('npx', ['tsx', 'localcloud/cli.ts', 'serve'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LOCAL_CLOUD_DATA: options.dataDir,
      LOCAL_CLOUD_PORT: String(options.port ?? 0),
      LOCAL_CLOUD_TIMERS: 'off',
      LOCAL_CLOUD_NOW: options.startAt,
    },
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => child.once('exit', () => done()))
}

export async function startChildCloud(options: ChildOptions): Promise<ChildCloud> {
  // Its own process, out of the instant probe's sight: count it as reading "now".
  markReadsNow('a local cloud in its own process')
  const child = spawnCloudProcess(options)
  let output = ''
  const kill9 = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    await exited(child)
  }
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the local cloud did not start in 60 s:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000)
      const started = STARTED.exec(output)
      if (started) {
        clearTimeout(timer)
        resolveUrl(started[1])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the local cloud exited (${code}) before it started:\n${output}`))
    })
  }).catch(async (error: unknown) => {
    await kill9()
    throw error
  })
  return { url, kill9 }
}
