/**
 * Checking function folders the way WeChat will take them: any folder under cloudfunctions/,
 * a bundle, package.json, and a config.json WeChat accepts — with an openapi permission for each
 * openapi call in the bundle and every environment variable the code reads set by the deploy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cronProblems } from '../../scripts/deploy/cron'
import { inspectFunctions } from '../../scripts/deploy/functions'

const PACKAGE = JSON.stringify({ name: 'f', main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } })
const SENDS = 'const c=require("wx-server-sdk");exports.main=async()=>c.openapi.subscribeMessage.send({})'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deploy-fn-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function fn(name: string, files: Record<string, string>): void {
  const dir = join(root, 'cloudfunctions', name)
  mkdirSync(join(dir, 'lazy'), { recursive: true })
  for (const [file, text] of Object.entries({ 'package.json': PACKAGE, ...files })) writeFileSync(join(dir, file), text)
}

const inspect = (provided: string[] = ['PARTY_ADMIN_OPENIDS']) => inspectFunctions(root, new Set(provided))

it('takes any folder, with its trigger, timeout, permissions and every uploaded file', () => {
  fn('sender', {
    'index.js': `${SENDS};process.env.PARTY_ADMIN_OPENIDS;process.env.TCB_ENV`,
    'lazy/big.js': 'module.exports=(c)=>c.openapi.security.msgSecCheck({})',
    'config.json': JSON.stringify({
      permissions: { openapi: ['subscribeMessage.send', 'security.msgSecCheck'] },
      timeout: 20,
      triggers: [{ name: 'daily', type: 'timer', config: '0 0 9 * * * *' }],
    }),
  })
  const { functions, problems } = inspect()
  expect(problems).toEqual([])
  expect(functions).toEqual([
    expect.objectContaining({
      name: 'sender',
      timeout: 20,
      trigger: { name: 'daily', type: 'timer', config: '0 0 9 * * * *' },
      calls: ['security.msgSecCheck', 'subscribeMessage.send'],
      reads: ['PARTY_ADMIN_OPENIDS'],
      files: ['config.json', 'index.js', 'lazy/big.js', 'package.json'],
    }),
  ])
})

it('refuses an openapi call without its permission (WeChat would answer -604101)', () => {
  fn('member', { 'index.js': SENDS, 'config.json': JSON.stringify({ permissions: { openapi: [] } }) })
  expect(inspect().problems).toEqual([
    '云函数 member 调用了 subscribeMessage.send，但 config.json 的 permissions.openapi 没有声明它（否则报 -604101）',
  ])
})

it('refuses comments in config.json, which WeChat does not accept', () => {
  fn('member', { 'index.js': '', 'config.json': '{\n  // 超时\n  "timeout": 10\n}' })
  expect(inspect().problems[0]).toMatch(
    /^cloudfunctions\/member\/config\.json 不是有效的 JSON（微信也不接受其中的注释）/,
  )
})

it.each([
  [
    'two triggers',
    { triggers: [1, 2].map((n) => ({ name: `t${n}`, type: 'timer', config: '0 0 9 * * * *' })) },
    '有 2 个触发器',
  ],
  ['a six-field cron', { triggers: [{ name: 't', type: 'timer', config: '0 0 9 * * *' }] }, '应有 7 个字段'],
  ['a timeout over 60 s', { timeout: 120 }, 'timeout 应为 1–60 的整数'],
  ['an unknown key', { memorySize: 256 }, '「memorySize」不会被部署'],
  [
    'a malformed openapi name',
    { permissions: { openapi: ['subscribeMessage'] } },
    '云调用「subscribeMessage」写法不对',
  ],
])('refuses %s', (_label, config, message) => {
  fn('timer', { 'index.js': '', 'config.json': JSON.stringify(config) })
  expect(inspect().problems).toContainEqual(expect.stringContaining(message))
})

it('refuses a missing bundle, and an environment variable nobody sets', () => {
  fn('admin', { 'config.json': '{}' })
  fn('member', { 'index.js': 'process.env.SENDER_BATCH', 'config.json': '{}' })
  expect(inspect().problems).toEqual([
    'cloudfunctions/admin/index.js 不存在：先运行 npm run build:weapp',
    '云函数 member 读取环境变量 SENDER_BATCH，但部署不设置它：在部署配置的 functionEnv 中填写',
  ])
  expect(inspect(['SENDER_BATCH']).problems).toHaveLength(1)
})

it('refuses a bundle needing wx-server-sdk when package.json does not install it', () => {
  fn('member', { 'index.js': SENDS, 'config.json': '{"permissions":{"openapi":["subscribeMessage.send"]}}' })
  writeFileSync(join(root, 'cloudfunctions', 'member', 'package.json'), '{"name":"member"}')
  expect(inspect().problems).toEqual([
    'cloudfunctions/member/package.json 的 dependencies 缺少 wx-server-sdk（云端安装依赖要用）',
  ])
})

describe('seven-field cron', () => {
  it.each(['0 */10 * * * * *', '0 0 9 * * * *', '0 30 8 1,15 * MON-FRI *', '0 0 2 1 JAN-DEC * 2026-2030'])(
    'accepts %s',
    (cron) => {
      expect(cronProblems(cron)).toEqual([])
    },
  )

  it.each([
    ['0 60 * * * * *', '分字段「60」超出 0–59'],
    ['0 0 24 * * * *', '时字段「24」超出 0–23'],
    ['0 0 9 0 * * *', '日字段「0」超出 1–31'],
    ['0 0 9 * * 7 *', '星期字段「7」超出 0–6'],
    ['0 0 9 * *', '应有 7 个字段（秒 分 时 日 月 星期 年）'],
    ['0 */0 * * * * *', '分字段「*/0」的间隔应为正整数'],
    ['0 0 9 5-1 * * *', '日字段「5-1」的范围前大后小'],
    ['0 0 9 ? * * *', '日字段「?」不是数字'],
  ])('refuses %s', (cron, message) => {
    expect(cronProblems(cron)).toContainEqual(expect.stringContaining(message))
  })
})
