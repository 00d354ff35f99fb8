// `npm run dev`: builds the H5 app (or reuses the last build when nothing it is built from has
// changed), then starts the local cloud (demo data on first start) serving it, and prints the
// address to open. Ctrl+C stops everything.
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
const hash = sourceHash()
if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(join('dist-h5', 'index.html'))) {
  console.log('H5 版小程序没有改动，使用上次的构建（dist-h5/）。')
} else {
  console.log('正在构建 H5 版小程序（在本机首次约 60 秒，之后没有改动时跳过）…')
  // Taro is quiet for long stretches: say that it is still going.
  const ticker = setInterval(() => console.log(`  …仍在构建，已用 ${seconds()} 秒`), 15_000)
  try {
    await run('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
  } finally {
    clearInterval(ticker)
  }
  writeFileSync(STAMP, hash)
  console.log(`H5 版构建完成，用时 ${seconds()} 秒。`)
}
console.log('正在启动本地云…')
const cloud = spawn('npx', ['tsx', 'localcloud/cli.ts', 'serve'], {
  stdio: 'inherit',
  env: { ...process.env, DEV_STARTED_AT: String(started) },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.kill(signal))
cloud.on('exit', (code) => process.exit(code ?? 0))
