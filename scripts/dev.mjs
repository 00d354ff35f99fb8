// `npm run dev`: builds the H5 app (or reuses the last build when nothing it is built from has
// changed) while the local cloud starts (demo data on first start), and once both are done
// prints the address to open. Ctrl+C stops everything.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const STAMP = join('dist-h5', '.built-from')
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

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
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

const started = Date.now()
const seconds = () => Math.round((Date.now() - started) / 1000)

/** Builds the H5 app unless the last build is of these very sources. */
async function buildApp() {
  const hash = sourceHash()
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(join('dist-h5', 'index.html'))) {
    console.log('H5 版小程序没有改动，使用上次的构建（dist-h5/）。')
    return
  }
  console.log('正在构建 H5 版小程序（在本机首次约 25 秒，之后没有改动时跳过），同时启动本地云…')
  // Taro is quiet for long stretches: say that it is still going.
  const ticker = setInterval(() => console.log(`  …仍在构建 H5 版，已用 ${seconds()} 秒`), 10_000)
  try {
    await run('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
  } finally {
    clearInterval(ticker)
  }
  writeFileSync(STAMP, hash)
  console.log(`H5 版构建完成，用时 ${seconds()} 秒。`)
}

/**
 * Starts the local cloud (functions built, demo data loaded on first start) while the app
 * builds; resolves with its address once it says it has started. Its own lines pass through.
 */
function startCloud() {
  const cloud = spawn('npx', ['tsx', 'localcloud/cli.ts', 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.kill(signal))
  const ready = new Promise((resolve, reject) => {
    let seen = ''
    cloud.stdout.on('data', (chunk) => {
      process.stdout.write(chunk)
      seen += chunk.toString()
      const url = /本地云已启动：(http:\/\/\S+)/.exec(seen)?.[1]
      if (url) resolve(url)
    })
    cloud.on('exit', (code) => reject(new Error(`本地云已退出（${code}）`)))
  })
  return { cloud, ready }
}

const { cloud, ready } = startCloud()
try {
  const [url] = await Promise.all([ready, buildApp()])
  console.log(`\n打开 ${url}/ 即是小程序（H5 版）。npm run dev 共用 ${seconds()} 秒；Ctrl+C 停止。`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  cloud.kill('SIGTERM')
  process.exit(1)
}
cloud.on('exit', (code) => process.exit(code ?? 0))
