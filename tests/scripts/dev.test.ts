/**
 * `npm run dev` is quiet (issue 23): a short line per stage, then the address — webpack's
 * progress bars and warnings go to a log file, which a failed build names along with its errors.
 * Run against stand-ins for `npx taro` and `npx tsx localcloud/cli.ts` (a fake npx first on PATH)
 * in an empty folder.
 */
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const DEV = resolve(__dirname, '../../scripts/dev.mjs')

/** What the real tools print: Taro's progress bar redrawn, webpack's warnings, the cloud's lines. */
const FAKE_NPX = `#!/usr/bin/env node
const fs = require('node:fs')
const [tool] = process.argv.slice(2)
if (tool === 'taro') {
  for (let i = 0; i <= 100; i += 2) process.stderr.write('\\u001b[2K\\u001b[1G● Client ██████ building (' + i + '%) 1/2 modules\\n')
  console.log('WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).')
  console.log('WARNING in entrypoint size limit: vendors.js (1.2 MiB)')
  if (process.env.FAKE_BUILD === 'fail') {
    console.log('ERROR in ./src/pages/home/index.tsx 12:3')
    console.log('Module parse failed: Unexpected token (12:3)')
    process.exit(2)
  }
  fs.mkdirSync('dist-h5', { recursive: true })
  fs.writeFileSync('dist-h5/index.html', '<!doctype html>')
} else if (tool === 'tsx' && process.env.FAKE_NEXT) {
  // A cloud started at night: its hub knows the demo's next activity.
  const server = require('node:http').createServer((req, res) => {
    res.writeHead(req.url === '/_admin/clock/next' ? 200 : 404, { 'content-type': 'application/json' })
    res.end(process.env.FAKE_NEXT)
  })
  server.listen(0, '127.0.0.1', () => console.log('本地云已启动：http://127.0.0.1:' + server.address().port))
  process.on('SIGTERM', () => process.exit(0))
  process.on('SIGINT', () => process.exit(0))
} else if (tool === 'tsx') {
  console.log('本地云已启动：http://127.0.0.1:9999')
  console.log('  数据目录：/tmp/x（已载入演示数据）')
  console.log('  管理页：http://127.0.0.1:9999/_admin/')
  const stop = () => process.exit(0)
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  setInterval(() => undefined, 1000)
}
`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dev-quiet-'))
  mkdirSync(join(dir, 'bin'))
  writeFileSync(join(dir, 'bin', 'npx'), FAKE_NPX)
  chmodSync(join(dir, 'bin', 'npx'), 0o755)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `npm run dev` until it prints the address (then Ctrl+C) or exits by itself. */
function runDev(env: Record<string, string> = {}): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [DEV], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, ...env },
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Ctrl+C')) child.kill('SIGINT')
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => done({ out, err, code }))
  })
}

it('prints a line per stage and the address, keeping the build’s own output in a log', async () => {
  const { out, err } = await runDev()
  expect(out).toContain('· 正在构建 H5 版小程序')
  expect(out).toContain('· H5 版构建完成')
  expect(out).toContain('· 本地云已启动')
  expect(out).toContain('打开 http://127.0.0.1:9999/ 即是小程序（H5 版）')
  expect(out).toContain('http://127.0.0.1:9999/_admin/')
  // eslint-disable-next-line no-control-regex -- no colour or cursor codes of the build reach the terminal
  expect(`${out}${err}`).not.toMatch(/building \(|WARNING|\u001b\[/)
  // A line per stage; a slow machine adds a “仍在构建” line per 15 seconds of building.
  const lines = out.trim().split('\n')
  expect(lines.filter((line) => !line.includes('仍在构建')).length).toBeLessThanOrEqual(8)
  const log = readFileSync(join(dir, '.dev-logs', 'h5-build.log'), 'utf8')
  expect(log).toContain('building (100%)')
  expect(log).toContain('WARNING in asset size limit')
  // The cloud's own lines go to its log (the first of them at least: Ctrl+C may stop it before the rest).
  expect(readFileSync(join(dir, '.dev-logs', 'cloud.log'), 'utf8')).toContain('本地云已启动：http://127.0.0.1:9999')
})

it('skips the build when nothing changed, saying so in one line', async () => {
  await runDev()
  const { out } = await runDev()
  expect(out).toContain('· H5 版小程序没有改动，使用上次的构建')
  expect(out).not.toContain('正在构建')
})

it('names the log and shows the errors when the build fails, then stops the cloud', async () => {
  const { out, err, code } = await runDev({ FAKE_BUILD: 'fail' })
  expect(code).toBe(1)
  expect(err).toContain('H5 版构建失败')
  expect(err).toContain('ERROR in ./src/pages/home/index.tsx 12:3')
  expect(err).toContain('Module parse failed: Unexpected token (12:3)')
  expect(err).toContain(`完整的构建日志：${join('.dev-logs', 'h5-build.log')}`)
  expect(`${out}${err}`).not.toMatch(/building \(/)
  expect(out).not.toContain('打开 http')
  expect(readFileSync(join(dir, '.dev-logs', 'h5-build.log'), 'utf8')).toContain('building (100%)')
  expect(existsSync(join(dir, 'dist-h5', '.built-from'))).toBe(false)
})

it('says, when started outside office hours, when the next activity begins and which hub button goes there', async () => {
  const night = {
    now: '2026-12-06T19:00:00.000Z',
    nowText: '2026年12月7日 03:00（北京时间）',
    at: '2026-12-07T01:10:00.000Z',
    atText: '2026年12月7日 09:10（北京时间）',
  }
  const { out } = await runDev({ FAKE_NEXT: JSON.stringify(night) })
  expect(out).toContain(
    '现在是 2026年12月7日 03:00（北京时间），不在办公时间，没有正在进行的活动；下次活动开始后10分钟是 2026年12月7日 09:10（北京时间）：在管理页点“调到下次活动开始后10分钟”即可试签到。',
  )
  // In office hours the live activity is under way: nothing to say.
  const { out: day } = await runDev({ FAKE_NEXT: JSON.stringify({ ...night, at: night.now }) })
  expect(day).not.toContain('不在办公时间')
  expect(day).toContain('Ctrl+C')
})
