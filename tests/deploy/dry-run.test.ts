/**
 * `npm run deploy` as the operator meets it, on a copy of the project: the dry run with the
 * checked-in example passes and prints every step; placeholders, a missing admin, the example
 * used for real and missing secrets are refused before anything is built or uploaded.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runDeploy, type DeployIo } from '../../scripts/deploy'
import { templateRefs } from '../../scripts/deploy/prepare'

const REPO = join(__dirname, '..', '..')
const templates = templateRefs()
const [firstTemplate] = templates
const PROBE_JS = `exports.main=async()=>({ tmpl: "${firstTemplate.localId}" })`

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'deploy-cli-'))
  cpSync(join(REPO, 'cloudfunctions'), join(root, 'cloudfunctions'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  })
  // A function folder no list names (the deploy takes every folder), using a template.
  mkdirSync(join(root, 'cloudfunctions', 'probe'))
  writeFileSync(join(root, 'cloudfunctions', 'probe', 'index.js'), PROBE_JS)
  writeFileSync(join(root, 'cloudfunctions', 'probe', 'package.json'), '{"name":"probe","main":"index.js"}')
  writeFileSync(join(root, 'cloudfunctions', 'probe', 'config.json'), '{"timeout":20}')
  mkdirSync(join(root, 'dist', 'packageAdmin'), { recursive: true })
  writeFileSync(
    join(root, 'dist', 'app.json'),
    '{"pages":["pages/home/index"],"subPackages":[{"root":"packageAdmin/"}],"requiredPrivateInfos":["getLocation","chooseLocation"]}',
  )
  writeFileSync(join(root, 'dist', 'app.js'), `wx.requestSubscribeMessage({tmplIds:["${firstTemplate.localId}"]})`)
  writeFileSync(join(root, 'dist', 'packageAdmin', 'a.js'), 'x')
  cpSync(join(REPO, 'project.config.json'), join(root, 'project.config.json'))
  writeFileSync(join(root, 'package.json'), '{"version":"1.2.3"}')
  cpSync(join(REPO, 'scripts', 'deploy', 'example.json'), join(root, 'example.json'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function config(overrides: Record<string, unknown>): string {
  const base = {
    appid: 'wx1234567890abcdef',
    adminOpenids: ['oAbCdEfGhIjKlMnOpQrStUvWxYz0'],
    templates: Object.fromEntries(templates.map((t, i) => [t.key, `RealTemplateId${i}AbCdEfGhIjKlMnOp`])),
  }
  writeFileSync(join(root, 'deploy.config.json'), JSON.stringify({ ...base, ...overrides }))
  return 'deploy.config.json'
}

async function deploy(argv: string[], env: NodeJS.ProcessEnv = {}, built = false) {
  const lines: string[] = []
  const builds: string[] = []
  const io: DeployIo = {
    root,
    env,
    log: (line) => lines.push(line),
    build: (envId) => (builds.push(envId), built),
  }
  const code = await runDeploy(argv, io)
  return { code, out: lines.join('\n'), builds }
}

const SECRETS = {
  TENCENTCLOUD_SECRETID: 'AKID-S3CRET',
  TENCENTCLOUD_SECRETKEY: 'KEY-S3CRET',
  WX_APPSECRET: 'APP-S3CRET',
}

it('the dry run with the example configuration passes and prints every step', async () => {
  const { code, out, builds } = await deploy(['--dry-run', '--config', 'example.json'])
  expect(out).toContain('演练通过')
  expect(code).toBe(0)
  expect(builds).toEqual([])
  for (const expected of [
    '部署演练（不连接腾讯云）：云开发环境 example-env-0000',
    '集合 members：不存在则创建；权限规则设为 {"read":false,"write":false}',
    '云函数 probe：上传 3 个文件',
    '云函数 timer 的定时触发器 every10min：0 */10 * * * * *',
    `${firstTemplate.title}（${firstTemplate.key}）→ EXAMPLE-`,
    '小程序中 1 处',
    '未设置  TENCENTCLOUD_SECRETID',
    '开发管理 → 接口设置：开通 wx.getLocation、wx.chooseLocation',
    '用户隐私保护指引：位置信息、选中的照片或视频、选中的文件、剪切板',
    `订阅消息 → 我的模板：上面换入的 ${templates.length} 个模板都在`,
    '不需要配置 downloadFile 合法域名',
  ]) {
    expect(out).toContain(expected)
  }
  // The working tree keeps its local ids: only the staged copy had them replaced.
  expect(readFileSync(join(root, 'dist', 'app.js'), 'utf8')).toContain(firstTemplate.localId)
})

it('refuses the local placeholder template ids', async () => {
  const local = Object.fromEntries(templates.map((t) => [t.key, t.localId]))
  const { code, out } = await deploy(['--dry-run', '--env', 'prod-4g8abcde', '--config', config({ templates: local })])
  expect(code).toBe(1)
  expect(out).toContain(`✗ 订阅消息模板「${firstTemplate.title}」仍是本地占位 ID（${firstTemplate.localId}）`)
  expect(out).toContain('中仍有本地订阅消息模板 ID（local-tpl-…），不能上传')
})

it('refuses a deploy without an admin', async () => {
  const { code, out } = await deploy(['--dry-run', '--env', 'prod-4g8abcde', '--config', config({ adminOpenids: [] })])
  expect(code).toBe(1)
  expect(out).toContain('✗ 没有设置机关党委管理员')
})

it('a real deploy refuses the example, and missing secrets, before building anything', async () => {
  const example = await deploy(['--config', 'example.json'], SECRETS)
  expect(example.out).toContain('✗ 这是示例部署配置')
  const bare = await deploy(['--env', 'prod-4g8abcde', '--config', config({})])
  expect(bare.out).toContain('✗ 没有设置环境变量 TENCENTCLOUD_SECRETID')
  expect(bare.out).toContain('✗ 没有设置环境变量 WX_APPSECRET')
  const keyInRepo = { ...SECRETS, MINIPROGRAM_PRIVATE_KEY_PATH: join(root, 'private.key') }
  const inRepo = await deploy(['--env', 'prod-4g8abcde', '--config', config({})], keyInRepo)
  expect(inRepo.out).toContain('✗ MINIPROGRAM_PRIVATE_KEY_PATH 指向仓库里的文件')
  for (const run of [example, bare, inRepo]) {
    expect(run.code).toBe(1)
    expect(run.builds).toEqual([])
  }
})

it('a real deploy with everything in place builds for its environment, and checks the build used it', async () => {
  const failed = await deploy(['--env', 'prod-4g8abcde', '--config', config({})], SECRETS, false)
  expect(failed.builds).toEqual(['prod-4g8abcde'])
  expect(failed.out).toContain('✗ 构建失败')
  const wrongEnv = await deploy(['--env', 'prod-4g8abcde', '--config', config({})], SECRETS, true)
  expect(wrongEnv.out).toContain('✗ dist/ 中的小程序不是为环境 prod-4g8abcde 构建的')
  expect(wrongEnv.out).toContain('没有部署任何东西')
  for (const run of [failed, wrongEnv]) {
    expect(run.code).toBe(1)
    expect(run.out).not.toMatch(/S3CRET/)
  }
})

it("turns the future admin's login code into their openid, with the AppSecret from the environment", async () => {
  const seen: string[] = []
  const io: DeployIo = {
    root,
    env: { WX_APPSECRET: 'APP-S3CRET' },
    log: (line) => seen.push(`log ${line}`),
    build: () => false,
    fetch: async (url) => {
      seen.push(url)
      return { ok: true, status: 200, json: async () => ({ openid: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0', session_key: 'x' }) }
    },
  }
  expect(await runDeploy(['--openid', '0a1B2c', '--config', config({})], io)).toBe(0)
  expect(seen[0]).toMatch(/^https:\/\/api\.weixin\.qq\.com\/sns\/jscode2session\?appid=wx1234567890abcdef&/)
  expect(seen).toContain('log 这个微信在小程序 wx1234567890abcdef 中的 openid：oAbCdEfGhIjKlMnOpQrStUvWxYz0')
  expect(seen.filter((u) => u.startsWith('log')).join('\n')).not.toMatch(/S3CRET|session_key/)
})

it('says how to call it', async () => {
  const { code, out } = await deploy(['--envv', 'x'])
  expect(code).toBe(2)
  expect(out).toContain('不认识的参数：--envv')
  expect(out).toContain('用法：npm run deploy -- --env <云开发环境 ID>')
})
