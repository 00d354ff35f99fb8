/**
 * `npm run deploy -- --env <envId>`: from a clean clone to a WeChat cloud environment in one
 * command — build, then create every collection with its permission rule and indexes, upload
 * every cloud function with its config.json (timeout, trigger, openapi permissions) and
 * environment variables, and upload the mini-program when an upload key is given.
 * `--dry-run` does everything that needs no network and prints the plan; CI runs it.
 * Settings come from the deploy config file (not secret), secrets only from the environment.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { COLLECTIONS } from '../server/collections'
import { kb } from './deploy/artefacts'
import { parseArgs, USAGE } from './deploy/args'
import { DeployError, executeStep, type Clients } from './deploy/execute'
import { installHint, loadMiniprogramCi, miniprogramUploader } from './deploy/miniprogram'
import { describeStep } from './deploy/plan'
import { planCollections } from './deploy/collections'
import { prepare, readConfigFile, templateRefs, type ConfigFile, type Prepared } from './deploy/prepare'
import { readSecrets, secretsPresence, type Secrets } from './deploy/secrets'
import { readAppid, readSettings } from './deploy/settings'
import { cloudBase } from './deploy/tcb'
import { openidOfLoginCode, weChatApi, type Fetch } from './deploy/wechat'
import { consoleChecklist } from './deploy/console'

export interface DeployIo {
  root: string
  env: NodeJS.ProcessEnv
  log(line: string): void
  /** Runs the build; returns whether it succeeded. */
  build(envId: string): boolean
  /** WeChat's API is reached through this (global fetch when absent). */
  fetch?: Fetch
}

const VERSION = /^\d+\.\d+\.\d+$/

function printPlan(p: Prepared, dryRun: boolean, log: (s: string) => void): void {
  const s = p.settings
  log(`${dryRun ? '部署演练（不连接腾讯云）' : '部署'}：云开发环境 ${s.envId}，小程序 ${s.appid}`)
  if (s.example) log('  （示例部署配置：值都是假的，只用于演练）')
  log(`  管理员（${s.adminSource}）：${s.adminOpenids.join('、')}`)
  log(
    `  1. 构建：npm run build:weapp，TARO_APP_CLOUD_ENV=${s.envId}${dryRun ? '（演练不构建，检查现有的构建结果）' : ''}`,
  )
  log(`  2. 暂存要上传的文件（${p.stage}），换入订阅消息模板 ID：`)
  for (const r of p.replacements) {
    log(`       ${r.title}（${r.key}）→ ${r.to}：云函数中 ${r.inFunctions} 处，小程序中 ${r.inApp} 处`)
  }
  log(`     小程序包：${p.packages.map((x) => `${x.root} ${kb(x.bytes)}`).join('，')}（每个包上限 2 MB）`)
  p.steps.forEach((step, i) => {
    const [first, ...rest] = describeStep(step)
    log(`  ${i + 3}. ${first}`)
    rest.forEach((line) => log(`     ${line.trim()}`))
  })
  log('  每一步都可重复执行：集合已存在则保留数据；索引按名称核对，缺少的创建，云端多出的不删除（只列出）；')
  log('  云函数的环境变量整体覆盖为上面的值；定时触发器以 config.json 为准。')
  consoleChecklist(join(p.stage, 'dist'), p.replacements.length).forEach((line) => log(line))
}

async function clientsFor(p: Prepared, secrets: Secrets, fetch: Fetch | undefined): Promise<Clients> {
  const s = p.settings
  const uploader = secrets.uploadKey
    ? miniprogramUploader(await loadMiniprogramCi(), {
        appid: s.appid,
        projectPath: p.stage,
        privateKey: secrets.uploadKey,
      })
    : null
  return {
    envId: s.envId,
    tcb: await cloudBase(s.envId, secrets),
    wechat: weChatApi({ appid: s.appid, appSecret: secrets.appSecret, envId: s.envId, fetch }),
    uploader,
  }
}

async function execute(p: Prepared, secrets: Secrets, io: DeployIo): Promise<number> {
  const { log } = io
  const clients = await clientsFor(p, secrets, io.fetch)
  for (const [i, step] of p.steps.entries()) {
    const [what] = describeStep(step)
    log(`[${i + 1}/${p.steps.length}] ${what}`)
    try {
      await executeStep(step, clients, (line) => log(`    ${line}`))
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      log(`第 ${i + 1} 步没有完成：${why}`)
      log(`修正后重新运行同一条命令即可：每一步都可以重复执行，已完成的会被核对而不会重复创建。`)
      return 1
    }
  }
  log(`部署完成。下一步：第一位管理员用自己的微信打开小程序，在“我的”里应看到“机关党委”入口（见 README）。`)
  return 0
}

/**
 * What must hold before a real deploy builds anything: the secrets, the settings (not the
 * checked-in example), the declared collections, and miniprogram-ci when an upload key is given.
 */
async function preflight(
  args: { env: string | null },
  file: ConfigFile,
  io: DeployIo,
): Promise<{ secrets: Secrets | null; problems: string[]; envId: string }> {
  const { secrets, problems } = readSecrets(io.env, io.root)
  const { settings, problems: wrong } = readSettings({ envArg: args.env, file, env: io.env, templates: templateRefs() })
  if (settings.example)
    problems.push('这是示例部署配置（"example": true），只能用于 --dry-run：复制一份，填上本局的真实信息')
  problems.push(...wrong, ...planCollections(COLLECTIONS).problems)
  if (secrets?.uploadKey) await loadMiniprogramCi().catch(() => problems.push(installHint()))
  if (problems.length === 0) {
    io.log(`构建小程序和云函数（环境 ${settings.envId}）…`)
    if (!io.build(settings.envId)) problems.push('构建失败：见上面的输出')
  }
  return { secrets, problems, envId: settings.envId }
}

/** `--openid <code>`: the first admin's openid, from a login code taken while logged in as them. */
async function showOpenid(code: string, file: ConfigFile, io: DeployIo): Promise<number> {
  const { appid, problems } = readAppid(file)
  if (!io.env.WX_APPSECRET) problems.push('没有设置环境变量 WX_APPSECRET：小程序 AppSecret（用登录 code 换 openid）')
  if (problems.length > 0) {
    problems.forEach((x) => io.log(`✗ ${x}`))
    return 1
  }
  try {
    const openid = await openidOfLoginCode({ appid, appSecret: io.env.WX_APPSECRET ?? '', code, fetch: io.fetch })
    io.log(`这个微信在小程序 ${appid} 中的 openid：${openid}`)
    io.log('把它填进部署配置的 adminOpenids（或环境变量 PARTY_ADMIN_OPENIDS），再运行部署。')
    return 0
  } catch (error) {
    if (!(error instanceof DeployError)) throw error
    io.log(`✗ ${error.message}`)
    return 1
  }
}

export async function runDeploy(argv: string[], io: DeployIo): Promise<number> {
  const { log } = io
  const args = parseArgs(argv)
  if (typeof args === 'string' || args.help) {
    log(typeof args === 'string' ? `${args}\n${USAGE}` : USAGE)
    return typeof args === 'string' ? 2 : 0
  }
  const file = readConfigFile(io.root, args.config)
  if (typeof file === 'string') {
    log(`✗ ${file}`)
    return 2
  }
  if (args.openid !== null) return showOpenid(args.openid, file, io)
  const pkg = JSON.parse(readFileSync(join(io.root, 'package.json'), 'utf8')) as { version?: string }
  const version = args.version ?? pkg.version ?? ''
  if (!VERSION.test(version)) {
    log(`✗ 小程序版本号「${version}」应像 1.2.3`)
    return 2
  }
  const before = args.dryRun ? null : await preflight(args, file, io)
  if (before && before.problems.length > 0) {
    before.problems.forEach((x) => log(`✗ ${x}`))
    return 1
  }
  const upload = before
    ? Boolean(before.secrets?.uploadKey)
    : Boolean(io.env.MINIPROGRAM_PRIVATE_KEY || io.env.MINIPROGRAM_PRIVATE_KEY_PATH)
  const p = prepare({ root: io.root, envArg: args.env, file, env: io.env, version, upload, builtFor: before?.envId })
  try {
    printPlan(p, args.dryRun, log)
    if (p.problems.length > 0) {
      log(`发现 ${p.problems.length} 个问题，${args.dryRun ? '真实部署会失败' : '没有部署任何东西'}：`)
      p.problems.forEach((x) => log(`✗ ${x}`))
      return 1
    }
    if (!before?.secrets) {
      log('真实部署还需要这些环境变量（只从环境读取，不写进任何文件）：')
      secretsPresence(io.env).forEach((line) => log(`  ${line}`))
      log(`演练通过：共 ${p.steps.length + 2} 步，没有连接腾讯云。`)
      return 0
    }
    return await execute(p, before.secrets, io)
  } catch (error) {
    if (error instanceof DeployError) {
      log(`✗ ${error.message}`)
      return 1
    }
    throw error
  } finally {
    rmSync(p.stage, { recursive: true, force: true })
  }
}

function buildWeapp(root: string, envId: string): boolean {
  const res = spawnSync('npm', ['run', 'build:weapp'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TARO_APP_CLOUD_ENV: envId, NODE_ENV: 'production' },
  })
  return res.status === 0
}

if (require.main === module) {
  const root = resolve(__dirname, '..')
  runDeploy(process.argv.slice(2), {
    root,
    env: process.env,
    log: (line) => console.log(line),
    build: (envId) => buildWeapp(root, envId),
  })
    // miniprogram-ci leaves handles open: end the process explicitly.
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
