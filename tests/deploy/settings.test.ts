/**
 * The deploy's settings: what a bureau must supply (environment, AppID, first admins, the
 * template ids WeChat gave) and what is refused, in the words the operator reads.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { templateRefs } from '../../scripts/deploy/prepare'
import { functionVariables, readSettings, type SettingsInput } from '../../scripts/deploy/settings'

const templates = templateRefs()
const realIds = Object.fromEntries(templates.map((t, i) => [t.key, `Mbnl${i}KZlRMbvrb1-uQNT8oSO2Itb4uGGjp`]))

function config(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    appid: 'wx1234567890abcdef',
    envId: 'prod-4g8abcde',
    adminOpenids: ['oAbCdEfGhIjKlMnOpQrStUvWxYz0'],
    templates: realIds,
    ...overrides,
  }
}

function read(raw: Record<string, unknown>, env: NodeJS.ProcessEnv = {}, envArg: string | null = null) {
  const input: SettingsInput = {
    envArg,
    file: { path: 'deploy.config.json', text: JSON.stringify(raw) },
    env,
    templates,
  }
  return readSettings(input)
}

it('accepts a complete configuration and gives every function PARTY_ADMIN_OPENIDS', () => {
  const { settings, problems } = read(config())
  expect(problems).toEqual([])
  expect(settings).toMatchObject({ envId: 'prod-4g8abcde', appid: 'wx1234567890abcdef', runtime: 'Nodejs16.13' })
  expect(functionVariables(settings)).toEqual({ PARTY_ADMIN_OPENIDS: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0' })
})

it('refuses the local placeholder template ids, naming each template', () => {
  const local = Object.fromEntries(templates.map((t) => [t.key, t.localId]))
  const { problems } = read(config({ templates: local }))
  expect(problems).toHaveLength(templates.length)
  for (const t of templates) {
    expect(problems).toContainEqual(
      expect.stringContaining(`订阅消息模板「${t.title}」仍是本地占位 ID（${t.localId}）`),
    )
  }
})

it('refuses a missing template id and a key the app does not use', () => {
  const [first, ...rest] = templates
  const ids = { ...Object.fromEntries(rest.map((t) => [t.key, realIds[t.key]])), activityRemindr: 'X1234567890abc' }
  const { problems } = read(config({ templates: ids }))
  expect(problems).toContainEqual(expect.stringContaining(`缺少订阅消息模板「${first.title}」的模板 ID`))
  expect(problems).toContainEqual(expect.stringContaining('「activityRemindr」不是小程序用到的模板'))
})

it('refuses a deploy without an admin, from the file or the environment', () => {
  const missing = '没有设置机关党委管理员'
  expect(read(config({ adminOpenids: [] })).problems).toContainEqual(expect.stringContaining(missing))
  expect(read(config({ adminOpenids: undefined })).problems).toContainEqual(expect.stringContaining(missing))
  expect(read(config(), { PARTY_ADMIN_OPENIDS: ' , ' }).problems).toContainEqual(expect.stringContaining(missing))
})

it('takes PARTY_ADMIN_OPENIDS from the environment over the file, and --env over the file', () => {
  const env = { PARTY_ADMIN_OPENIDS: 'oAAAAAAAAAAAAAAAAAAAAAAAAAA1,oBBBBBBBBBBBBBBBBBBBBBBBBBB2' }
  const { settings, problems } = read(config(), env, 'test-9zyx')
  expect(problems).toEqual([])
  expect(settings.adminOpenids).toEqual(['oAAAAAAAAAAAAAAAAAAAAAAAAAA1', 'oBBBBBBBBBBBBBBBBBBBBBBBBBB2'])
  expect(settings.adminSource).toBe('环境变量 PARTY_ADMIN_OPENIDS')
  expect(settings.envId).toBe('test-9zyx')
})

it.each([
  ['the tourist appid', { appid: 'touristappid' }, '不是小程序的 AppID'],
  ['no environment', { envId: undefined }, '没有指定云开发环境'],
  ['a malformed openid', { adminOpenids: ['short'] }, '管理员 openid「short」格式不对'],
  ['admins in functionEnv', { functionEnv: { PARTY_ADMIN_OPENIDS: 'x' } }, 'functionEnv 不能设置 PARTY_ADMIN_OPENIDS'],
  ['a bad variable name', { functionEnv: { 'bad-name': 'x' } }, '变量名「bad-name」不合法'],
  ['an old runtime', { runtime: 'Nodejs8.9' }, 'runtime 只能是'],
])('refuses %s', (_label, overrides, message) => {
  expect(read(config(overrides)).problems).toContainEqual(expect.stringContaining(message))
})

it('refuses two templates with one id', () => {
  const same = Object.fromEntries(templates.map((t) => [t.key, 'SameIdForEveryTemplate0001']))
  expect(read(config({ templates: same })).problems).toContainEqual(expect.stringContaining('填了同一个 ID'))
})

it('says so when the file is not JSON (comments included)', () => {
  const input: SettingsInput = { envArg: null, file: { path: 'd.json', text: '{ // 注释\n}' }, env: {}, templates }
  expect(readSettings(input).problems[0]).toMatch(/^部署配置 d\.json 不是有效的 JSON/)
})

it('the checked-in example passes, is marked as an example and holds no real-looking value', () => {
  const text = readFileSync(join(__dirname, '../../scripts/deploy/example.json'), 'utf8')
  const { settings, problems } = readSettings({
    envArg: null,
    file: { path: 'example.json', text },
    env: {},
    templates,
  })
  expect(problems).toEqual([])
  expect(settings.example).toBe(true)
  for (const id of [...Object.values(settings.templates), ...settings.adminOpenids]) expect(id).toMatch(/EXAMPLE/)
})
