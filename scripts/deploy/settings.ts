/**
 * What a bureau's deploy needs that is not secret, from its deploy config file (JSON, see
 * scripts/deploy/example.json) with the command line and the environment taking precedence:
 * the environment id, the mini-program's AppID, the first admins' openids and the subscribe
 * template ids WeChat gave. Secrets never live here (see secrets.ts).
 */

export const RUNTIMES = ['Nodejs16.13', 'Nodejs18.15'] as const
export type Runtime = (typeof RUNTIMES)[number]
/** The bundles target Node 16 (scripts/build-functions.ts). */
export const DEFAULT_RUNTIME: Runtime = 'Nodejs16.13'

export interface TemplateRef {
  key: string
  /** The local placeholder in core/notify/templates.ts (`local-tpl-…`). */
  localId: string
  title: string
}

export interface Settings {
  envId: string
  appid: string
  adminOpenids: string[]
  adminSource: string
  /** Template key → the id WeChat gave for it. */
  templates: Record<string, string>
  /** Further non-secret environment variables for every function. */
  functionEnv: Record<string, string>
  runtime: Runtime
  /** The checked-in example: good for --dry-run, refused for a real deploy. */
  example: boolean
}

export interface SettingsInput {
  envArg: string | null
  /** The deploy config file's text and where it came from, or null when there is none. */
  file: { path: string; text: string } | null
  env: NodeJS.ProcessEnv
  templates: TemplateRef[]
}

const ENV_ID = /^[a-z0-9][a-z0-9-]{2,48}$/i
const APPID = /^wx[0-9a-f]{16}$/
const OPENID = /^[A-Za-z0-9_-]{20,64}$/
const TEMPLATE_ID = /^[A-Za-z0-9_-]{10,64}$/
const ENV_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/
/** Names the runtime or this deploy sets; a config may not set them itself. */
const RESERVED_ENV = /^(PARTY_ADMIN_OPENIDS|TCB_.*|SCF_.*|TENCENTCLOUD_.*|WX_.*|TZ|NODE_.*)$/
/** SCF's limit on all of a function's environment variables together. */
const MAX_ENV_BYTES = 4096

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseFile(file: SettingsInput['file'], problems: string[]): Record<string, unknown> {
  if (!file) return {}
  try {
    const parsed: unknown = JSON.parse(file.text)
    if (isRecord(parsed)) return parsed
    problems.push(`部署配置 ${file.path} 应是一个 JSON 对象`)
  } catch (error) {
    problems.push(`部署配置 ${file.path} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`)
  }
  return {}
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim())
  return null
}

function admins(input: SettingsInput, raw: Record<string, unknown>, problems: string[]): [string[], string] {
  const fromEnv = input.env.PARTY_ADMIN_OPENIDS
  const list = fromEnv !== undefined ? stringList(fromEnv) : stringList(raw.adminOpenids ?? [])
  const source = fromEnv !== undefined ? '环境变量 PARTY_ADMIN_OPENIDS' : '部署配置 adminOpenids'
  if (list === null) problems.push('部署配置 adminOpenids 应是 openid 的数组')
  else if (list.length === 0) {
    problems.push(
      '没有设置机关党委管理员：在部署配置的 adminOpenids 或环境变量 PARTY_ADMIN_OPENIDS 中填写管理员的 openid（多个以英文逗号分隔）',
    )
  } else {
    for (const id of list.filter((o) => !OPENID.test(o))) problems.push(`管理员 openid「${id}」格式不对`)
  }
  return [list ?? [], source]
}

function templates(input: SettingsInput, raw: unknown, problems: string[]): Record<string, string> {
  const given = isRecord(raw) ? raw : {}
  if (raw !== undefined && !isRecord(raw)) problems.push('部署配置 templates 应是「模板 → 模板 ID」的对象')
  const known = new Set(input.templates.map((t) => t.key))
  for (const key of Object.keys(given).filter((k) => !known.has(k))) {
    problems.push(`部署配置 templates 中的「${key}」不是小程序用到的模板（应为 ${[...known].join('、')}）`)
  }
  const out: Record<string, string> = {}
  const owners = new Map<string, string>()
  for (const t of input.templates) {
    const id = given[t.key]
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`缺少订阅消息模板「${t.title}」的模板 ID：在部署配置 templates.${t.key} 中填写小程序后台给出的 ID`)
      continue
    }
    if (id === t.localId || id.startsWith('local-')) {
      problems.push(
        `订阅消息模板「${t.title}」仍是本地占位 ID（${id}）：换成小程序后台“订阅消息 → 我的模板”中的模板 ID`,
      )
    } else if (!TEMPLATE_ID.test(id)) {
      problems.push(`订阅消息模板「${t.title}」的 ID「${id}」格式不对`)
    }
    const other = owners.get(id)
    if (other) problems.push(`模板「${other}」和「${t.title}」填了同一个 ID`)
    owners.set(id, t.title)
    out[t.key] = id
  }
  return out
}

function functionEnv(raw: unknown, problems: string[]): Record<string, string> {
  if (raw === undefined) return {}
  if (!isRecord(raw)) {
    problems.push('部署配置 functionEnv 应是「变量名 → 值」的对象')
    return {}
  }
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (!ENV_NAME.test(name)) problems.push(`functionEnv 中的变量名「${name}」不合法`)
    else if (RESERVED_ENV.test(name)) problems.push(`functionEnv 不能设置 ${name}（由部署或运行环境设置）`)
    if (typeof value !== 'string') problems.push(`functionEnv.${name} 应是字符串`)
    else out[name] = value
  }
  return out
}

function appidOf(raw: Record<string, unknown>, problems: string[]): string {
  const appid = typeof raw.appid === 'string' ? raw.appid.trim() : ''
  if (!APPID.test(appid)) {
    problems.push(
      `部署配置的 appid「${appid}」不是小程序的 AppID（wx 加 16 位十六进制，见小程序后台“开发管理 → 开发设置”）`,
    )
  }
  return appid
}

/** Only the AppID (for turning a login code into an openid before anything else is known). */
export function readAppid(file: SettingsInput['file']): { appid: string; problems: string[] } {
  const problems: string[] = []
  const appid = appidOf(parseFile(file, problems), problems)
  return { appid, problems }
}

export function readSettings(input: SettingsInput): { settings: Settings; problems: string[] } {
  const problems: string[] = []
  const raw = parseFile(input.file, problems)
  const envId = (input.envArg ?? (typeof raw.envId === 'string' ? raw.envId : '')).trim()
  if (!envId) problems.push('没有指定云开发环境：npm run deploy -- --env <环境 ID>（或在部署配置中填写 envId）')
  else if (!ENV_ID.test(envId)) problems.push(`环境 ID「${envId}」格式不对（应像 prod-4g8xxxxx）`)
  const appid = appidOf(raw, problems)
  const [adminOpenids, adminSource] = admins(input, raw, problems)
  const runtime = raw.runtime ?? DEFAULT_RUNTIME
  if (!RUNTIMES.includes(runtime as Runtime)) problems.push(`runtime 只能是 ${RUNTIMES.join('、')}`)
  const settings: Settings = {
    envId,
    appid,
    adminOpenids,
    adminSource,
    templates: templates(input, raw.templates, problems),
    functionEnv: functionEnv(raw.functionEnv, problems),
    runtime: RUNTIMES.includes(runtime as Runtime) ? (runtime as Runtime) : DEFAULT_RUNTIME,
    example: raw.example === true,
  }
  const envBytes = Buffer.byteLength(JSON.stringify(functionVariables(settings)))
  if (envBytes > MAX_ENV_BYTES) problems.push(`云函数环境变量共 ${envBytes} 字节，超过上限 ${MAX_ENV_BYTES}`)
  return { settings, problems }
}

/** The environment variables every function gets. */
export function functionVariables(settings: Settings): Record<string, string> {
  return { ...settings.functionEnv, PARTY_ADMIN_OPENIDS: settings.adminOpenids.join(',') }
}
