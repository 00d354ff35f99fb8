// `npm run dev`: builds the H5 app (or reuses the last build when nothing it is built from has
// changed) while the local cloud starts (demo data on first start), and once both are done
// prints the address to open. Quiet: one short line per stage; webpack's progress and warnings
// go to a log file (DEV_LOG_DIR, default .dev-logs/), named when the build fails. Ctrl+C stops
// everything.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const STAMP = join('dist-h5', '.built-from')
const LOGS = process.env.DEV_LOG_DIR ?? '.dev-logs'
const BUILD_LOG = join(LOGS, 'h5-build.log')
const CLOUD_LOG = join(LOGS, 'cloud.log')
/** What the H5 build is made of: a change to any of these means building again. */
const SOURCES = [
  'src',
  'core',
  'config',
  'babel.config.js',
  'tsconfig.json',
  'project.config.json',
  'package-lock.json',
]

const started = Date.now()
const seconds = (from = started) => Math.round((Date.now() - from) / 1000)
const say = (line) => console.log(line)

/** Builds still running: stopped when the dev server gives up. */
const children = new Set()

/** Runs a command with its output in a log file (the file starts afresh); rejects on a non-zero exit. */
function runLogged(command, args, logFile, env = {}) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile)
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    children.add(child)
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on('error', reject)
    child.on('close', (code) => {
      children.delete(child)
      log.end(() => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} 退出码 ${code}`))))
    })
  })
}

function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

/** A hash of every source file's path and contents, and of the settings baked into the build. */
function sourceHash() {
  const hash = createHash('sha256')
  hash.update(`${process.env.TARO_APP_LOCAL_CLOUD ?? ''}|${process.env.TARO_APP_CLOUD_ENV ?? ''}`)
  for (const file of SOURCES.flatMap(files)) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

/** The lines of a log that say what went wrong (webpack's errors), else its last lines. */
function errorLines(logFile) {
  const lines = readFileSync(logFile, 'utf8')
    .split('\n')
    // eslint-disable-next-line no-control-regex -- colours and cursor moves of the build's own output
    .map((line) => line.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').trimEnd())
    .filter(Boolean)
  const first = lines.findIndex((line) => /\berror\b/i.test(line))
  return (first >= 0 ? lines.slice(first, first + 20) : lines.slice(-20)).map((line) => `    ${line}`)
}

/** Builds the H5 app unless the last build is of these very sources. */
async function buildApp() {
  const hash = sourceHash()
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(join('dist-h5', 'index.html'))) {
    say('· H5 版小程序没有改动，使用上次的构建（dist-h5/）')
    return
  }
  const from = Date.now()
  say('· 正在构建 H5 版小程序（在本机首次约 25 秒，之后没有改动时跳过）…')
  // Taro is quiet for long stretches in the log: say that it is still going.
  const ticker = setInterval(() => say(`  …仍在构建 H5 版，已用 ${seconds(from)} 秒`), 15_000)
  try {
    await runLogged('npx', ['taro', 'build', '--type', 'h5'], BUILD_LOG, { NODE_ENV: 'production' })
  } catch (error) {
    const lines = existsSync(BUILD_LOG) ? errorLines(BUILD_LOG) : []
    throw new Error([`H5 版构建失败（${error.message}）：`, ...lines, `完整的构建日志：${BUILD_LOG}`].join('\n'))
  } finally {
    clearInterval(ticker)
  }
  writeFileSync(STAMP, hash)
  say(`· H5 版构建完成，用时 ${seconds(from)} 秒`)
}

/**
 * Starts the local cloud (functions built, demo data loaded on first start) while the app
 * builds; `ready` resolves with its address once it has started. Its lines go to the cloud's log
 * (a stale demo set aside is also said here); once `passThrough()` is called they show as well
 * (a function's errors, the timers).
 */
function startCloud() {
  say('· 正在启动本地云（构建云函数，首次启动时载入演示数据）…')
  const from = Date.now()
  const log = createWriteStream(CLOUD_LOG)
  const cloud = spawn('npx', ['tsx', 'localcloud/cli.ts', 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.kill(signal))
  let shown = false
  cloud.stderr.on('data', (chunk) => {
    log.write(chunk)
    if (shown) process.stderr.write(chunk)
  })
  const ready = new Promise((resolve, reject) => {
    let url = null
    createInterface({ input: cloud.stdout }).on('line', (line) => {
      log.write(`${line}\n`)
      if (shown) return say(line)
      if (/演示数据已过时/.test(line)) say(`· ${line}`)
      if (url && /已载入演示数据/.test(line)) say('  已载入演示数据（首次启动，或上次的已过时）')
      const started = /本地云已启动：(http:\/\/\S+)/.exec(line)
      if (started && !url) {
        url = started[1]
        say(`· 本地云已启动，用时 ${seconds(from)} 秒`)
        resolve(url)
      }
    })
    cloud.on('exit', (code) => {
      if (url) return
      reject(
        new Error(
          [`本地云没有启动（退出码 ${code}）：`, ...errorLines(CLOUD_LOG), `它的完整输出：${CLOUD_LOG}`].join('\n'),
        ),
      )
    })
  })
  return { cloud, ready, passThrough: () => (shown = true) }
}

/**
 * Started outside office hours (night, weekend, holiday), the demo's meetings are all ahead or
 * over: one line says when the next begins and which button of the hub moves the clock there.
 */
async function sayNextMoment(url) {
  try {
    const res = await fetch(`${url}/_admin/clock/next`)
    if (!res.ok) return
    const next = await res.json()
    if (Date.parse(next.at) - Date.parse(next.now) < 60_000) return
    say(
      `现在是 ${next.nowText}，不在办公时间，没有正在进行的活动；下次活动开始后10分钟是 ${next.atText}：在管理页点“调到下次活动开始后10分钟”即可试签到。`,
    )
  } catch {
    // Only a hint: the cloud answers the rest as usual.
  }
}

mkdirSync(LOGS, { recursive: true })
const { cloud, ready, passThrough } = startCloud()
try {
  const [url] = await Promise.all([ready, buildApp()])
  say(`\n打开 ${url}/ 即是小程序（H5 版）；管理页（时钟、演示数据、定时任务）：${url}/_admin/`)
  await sayNextMoment(url)
  say(`npm run dev 共用 ${seconds()} 秒；Ctrl+C 停止。`)
  passThrough()
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`)
  cloud.kill('SIGTERM')
  for (const child of children) child.kill('SIGTERM')
  process.exit(1)
}
cloud.on('exit', (code) => process.exit(code ?? 0))
