/**
 * Every folder under cloudfunctions/ is a cloud function to deploy, whatever its name: its
 * built bundle (index.js, and lazy/*.js beside it), package.json and a config.json that WeChat
 * accepts. The bundles are read to find the openapi calls (each needs its permission in
 * config.json) and the environment variables the code reads (each must be set by the deploy).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { cronProblems } from './cron'

export interface Trigger {
  name: string
  type: 'timer'
  config: string
}

export interface FunctionInfo {
  name: string
  dir: string
  timeout: number
  trigger: Trigger | null
  openapi: string[]
  /** openapi calls found in the bundle. */
  calls: string[]
  /** Environment variables the bundle's own code reads. */
  reads: string[]
  files: string[]
  bytes: number
}

/** WeChat's default when config.json names none, and its ceiling for functions the app calls. */
export const DEFAULT_TIMEOUT = 3
export const MAX_TIMEOUT = 60
const CONFIG_KEYS = ['permissions', 'timeout', 'triggers']
const OPENAPI_NAME = /^[a-zA-Z]+\.[a-zA-Z]+$/
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/
/** Set by WeChat's runtime itself (or harmless to leave unset). */
export const RUNTIME_ENV = /^(TCB_.*|SCF_.*|TENCENTCLOUD_.*|WX_.*|TZ|NODE_ENV|NODE_DEBUG)$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readJson(path: string, label: string, problems: string[]): Record<string, unknown> | null {
  if (!existsSync(path)) {
    problems.push(`${label} 不存在`)
    return null
  }
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (isRecord(value)) return value
    problems.push(`${label} 应是一个 JSON 对象`)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    problems.push(`${label} 不是有效的 JSON（微信也不接受其中的注释）：${why}`)
  }
  return null
}

/** Every file of the function folder that is uploaded (node_modules is installed by WeChat). */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(dir, rel)
    return [rel]
  })
}

export function openapiCalls(code: string): string[] {
  const found = [...code.matchAll(/\bopenapi\.([A-Za-z]+)\.([A-Za-z]+)\s*\(/g)].map((m) => `${m[1]}.${m[2]}`)
  return [...new Set(found)].sort()
}

export function envReads(code: string): string[] {
  return [...new Set([...code.matchAll(/\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort()
}

function triggerOf(raw: unknown, label: string, problems: string[]): Trigger | null {
  if (raw === undefined) return null
  if (!Array.isArray(raw)) {
    problems.push(`${label} 的 triggers 应是数组`)
    return null
  }
  if (raw.length > 1) problems.push(`${label} 有 ${raw.length} 个触发器：微信每个云函数只允许一个`)
  const t: unknown = raw[0]
  if (t === undefined) return null
  if (!isRecord(t) || typeof t.name !== 'string' || typeof t.config !== 'string' || t.type !== 'timer') {
    problems.push(`${label} 的触发器应为 { "name", "type": "timer", "config": "<cron>" }`)
    return null
  }
  if (!TRIGGER_NAME.test(t.name)) problems.push(`${label} 的触发器名「${t.name}」只能由字母、数字、_ 和 - 组成`)
  for (const p of cronProblems(t.config)) problems.push(`${label} 的定时触发器 cron「${t.config}」：${p}`)
  return { name: t.name, type: 'timer', config: t.config }
}

function configOf(
  name: string,
  dir: string,
  problems: string[],
): { timeout: number; openapi: string[]; trigger: Trigger | null } {
  const label = `cloudfunctions/${name}/config.json`
  const config = readJson(join(dir, 'config.json'), label, problems) ?? {}
  for (const key of Object.keys(config).filter((k) => !CONFIG_KEYS.includes(k))) {
    problems.push(`${label} 中的「${key}」不会被部署（只认 ${CONFIG_KEYS.join('、')}）`)
  }
  const timeout = config.timeout ?? DEFAULT_TIMEOUT
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT) {
    problems.push(`${label} 的 timeout 应为 1–${MAX_TIMEOUT} 的整数（秒）`)
  }
  const permissions = isRecord(config.permissions) ? config.permissions : {}
  const list = permissions.openapi ?? []
  const openapi = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []
  if (!Array.isArray(list) || openapi.length !== list.length)
    problems.push(`${label} 的 permissions.openapi 应是字符串数组`)
  for (const api of openapi.filter((a) => !OPENAPI_NAME.test(a))) problems.push(`${label} 中的云调用「${api}」写法不对`)
  const trigger = triggerOf(config.triggers, label, problems)
  return { timeout: typeof timeout === 'number' ? timeout : DEFAULT_TIMEOUT, openapi, trigger }
}

function inspectOne(root: string, name: string, provided: Set<string>, problems: string[]): FunctionInfo {
  const dir = join(root, 'cloudfunctions', name)
  const pkg = readJson(join(dir, 'package.json'), `cloudfunctions/${name}/package.json`, problems)
  const { timeout, openapi, trigger } = configOf(name, dir, problems)
  const bundle = join(dir, 'index.js')
  if (!existsSync(bundle)) problems.push(`cloudfunctions/${name}/index.js 不存在：先运行 npm run build:weapp`)
  const files = listFiles(dir)
  const code = existsSync(bundle) ? readFileSync(bundle, 'utf8') : ''
  const all = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8'))
  const calls = openapiCalls(all.join('\n'))
  for (const call of calls.filter((c) => !openapi.includes(c))) {
    problems.push(`云函数 ${name} 调用了 ${call}，但 config.json 的 permissions.openapi 没有声明它（否则报 -604101）`)
  }
  const reads = envReads(code).filter((v) => !RUNTIME_ENV.test(v))
  for (const v of reads.filter((r) => !provided.has(r))) {
    problems.push(`云函数 ${name} 读取环境变量 ${v}，但部署不设置它：在部署配置的 functionEnv 中填写`)
  }
  const deps = isRecord(pkg?.dependencies) ? pkg.dependencies : {}
  if (pkg && /require\("wx-server-sdk"\)/.test(code) && typeof deps['wx-server-sdk'] !== 'string') {
    problems.push(`cloudfunctions/${name}/package.json 的 dependencies 缺少 wx-server-sdk（云端安装依赖要用）`)
  }
  const main = pkg?.main
  if (pkg && main !== undefined && main !== 'index.js')
    problems.push(`cloudfunctions/${name}/package.json 的 main 应为 index.js`)
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
  return { name, dir, timeout, trigger, openapi, calls, reads, files, bytes }
}

/** Every function folder, read and checked; `provided` = environment variables the deploy sets. */
export function inspectFunctions(
  root: string,
  provided: Set<string>,
): { functions: FunctionInfo[]; problems: string[] } {
  const base = join(root, 'cloudfunctions')
  const problems: string[] = []
  const names = existsSync(base)
    ? readdirSync(base, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []
  if (names.length === 0) problems.push('cloudfunctions/ 下没有云函数')
  const functions = names.map((name) => inspectOne(root, name, provided, problems))
  return { functions, problems }
}
