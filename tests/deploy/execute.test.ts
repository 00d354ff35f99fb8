/**
 * The plan and how each step maps to CloudBase's management SDK and WeChat's API. The clients
 * are recorders of the exact calls (Tencent's servers are out of reach here); the plan comes
 * from the project's real collection declaration.
 */
import { COLLECTIONS } from '../../server/collections'
import { indexName, planCollections } from '../../scripts/deploy/collections'
import { executeStep, type CloudBaseApi, type Clients } from '../../scripts/deploy/execute'
import type { FunctionInfo } from '../../scripts/deploy/functions'
import { planDeploy, type Step } from '../../scripts/deploy/plan'
import type { Settings } from '../../scripts/deploy/settings'
import { openidOfLoginCode, weChatApi } from '../../scripts/deploy/wechat'

const settings: Settings = {
  envId: 'prod-4g8abcde',
  appid: 'wx1234567890abcdef',
  adminOpenids: ['oAbCdEfGhIjKlMnOpQrStUvWxYz0'],
  adminSource: '部署配置 adminOpenids',
  templates: {},
  functionEnv: { NOTICE_BATCH: '50' },
  runtime: 'Nodejs16.13',
  example: false,
}

const timer: FunctionInfo = {
  name: 'timer',
  dir: '/repo/cloudfunctions/timer',
  timeout: 60,
  trigger: { name: 'every10min', type: 'timer', config: '0 */10 * * * * *' },
  openapi: ['subscribeMessage.send'],
  calls: [],
  reads: ['PARTY_ADMIN_OPENIDS'],
  files: ['config.json', 'index.js', 'package.json'],
  bytes: 56_000,
}

function plan(upload = false): Step[] {
  const { collections } = planCollections(COLLECTIONS)
  return planDeploy({ settings, collections, functions: [timer], stage: '/tmp/stage', version: '1.0.0', upload })
}

type Call = [string, ...unknown[]]

function recorder(state: { indexes?: string[]; triggers?: Array<{ TriggerName: string; TriggerDesc: string }> }) {
  const calls: Call[] = []
  const tcb: CloudBaseApi = {
    database: {
      createCollectionIfNotExists: async (name) => (
        calls.push(['createCollectionIfNotExists', name]),
        { IsCreated: true }
      ),
      describeCollection: async () => ({ Indexes: (state.indexes ?? ['_id_']).map((Name) => ({ Name })) }),
      updateCollection: async (name, info) => calls.push(['updateCollection', name, info]),
    },
    functions: {
      createFunction: async (param) => calls.push(['createFunction', param]),
      getFunctionDetail: async () => ({ Triggers: (state.triggers ?? []).map((t) => ({ ...t, Type: 'timer' })) }),
      deleteFunctionTrigger: async (name, trigger) => calls.push(['deleteFunctionTrigger', name, trigger]),
      createFunctionTriggers: async (name, triggers) => calls.push(['createFunctionTriggers', name, triggers]),
    },
    commonService: () => ({ call: async (options) => calls.push(['commonService.call', options]) }),
  }
  const clients: Clients = {
    envId: settings.envId,
    tcb,
    wechat: { setOpenapiPermissions: async (fn, apis) => void calls.push(['setOpenapiPermissions', fn, apis]) },
    uploader: { upload: async (options) => void calls.push(['upload', options]) },
  }
  return { calls, clients }
}

const run = async (step: Step, clients: Clients) => executeStep(step, clients, () => undefined)

it('orders collections, functions, their permissions, their triggers, then the mini-program', () => {
  const kinds = plan().map((s) => (s.kind === 'collection' ? `collection ${s.collection.name}` : s.kind))
  expect(kinds.slice(0, COLLECTIONS.length)).toEqual(COLLECTIONS.map((c) => `collection ${c.name}`))
  expect(kinds.slice(COLLECTIONS.length)).toEqual(['function', 'openapi', 'trigger', 'miniprogram'])
})

it('every collection is made private with its indexes, only the missing ones created', async () => {
  const members = plan().find((s) => s.kind === 'collection' && s.collection.name === 'members')
  if (members?.kind !== 'collection') throw new Error('members is not planned')
  const [first, ...rest] = members.collection.indexes
  const { calls, clients } = recorder({ indexes: ['_id_', first.name, 'legacy_1'] })
  await run(members, clients)
  expect(calls).toEqual([
    ['createCollectionIfNotExists', 'members'],
    [
      'commonService.call',
      {
        Action: 'ModifySafeRule',
        Param: {
          EnvId: 'prod-4g8abcde',
          CollectionName: 'members',
          AclTag: 'CUSTOM',
          Rule: '{"read":false,"write":false}',
        },
      },
    ],
    [
      'updateCollection',
      'members',
      {
        CreateIndexes: rest.map((i) => ({
          IndexName: i.name,
          MgoKeySchema: {
            MgoIndexKeys: Object.entries(i.keys).map(([Name, dir]) => ({ Name, Direction: String(dir) })),
            MgoIsUnique: false,
          },
        })),
      },
    ],
  ])
  expect(indexName({ branchId: 1, at: -1 })).toBe('branchId_1_at_-1')
})

it('uploads a function with its config and environment, then its permissions and its one trigger', async () => {
  const [fn, openapi, trigger] = plan().slice(COLLECTIONS.length)
  const { calls, clients } = recorder({ triggers: [{ TriggerName: 'old', TriggerDesc: '{"cron":"0 0 * * * * *"}' }] })
  for (const step of [fn, openapi, trigger]) await run(step, clients)
  expect(calls).toEqual([
    [
      'createFunction',
      {
        func: {
          name: 'timer',
          handler: 'index.main',
          runtime: 'Nodejs16.13',
          timeout: 60,
          envVariables: { NOTICE_BATCH: '50', PARTY_ADMIN_OPENIDS: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0' },
          installDependency: true,
          ignore: ['node_modules', 'node_modules/**/*'],
        },
        functionRootPath: '/tmp/stage/cloudfunctions',
        force: true,
      },
    ],
    ['setOpenapiPermissions', 'timer', ['subscribeMessage.send']],
    ['deleteFunctionTrigger', 'timer', 'old'],
    ['createFunctionTriggers', 'timer', [{ name: 'every10min', type: 'timer', config: '0 */10 * * * * *' }]],
  ])
})

it('leaves a trigger that is already as declared, however SCF reports its cron', async () => {
  const trigger = plan().find((s) => s.kind === 'trigger')
  if (!trigger) throw new Error('no trigger step')
  for (const TriggerDesc of ['0 */10 * * * * *', '{"cron":"0 */10 * * * * *"}']) {
    const { calls, clients } = recorder({ triggers: [{ TriggerName: 'every10min', TriggerDesc }] })
    await run(trigger, clients)
    expect(calls).toEqual([])
  }
})

it('uploads the mini-program only when a key was given', async () => {
  const { calls, clients } = recorder({})
  await run(plan(false).at(-1) as Step, clients)
  expect(calls).toEqual([])
  await run(plan(true).at(-1) as Step, clients)
  expect(calls).toEqual([['upload', { version: '1.0.0', desc: '党建助手 1.0.0（环境 prod-4g8abcde）' }]])
})

describe('WeChat openapi permissions', () => {
  function fakeFetch(replies: unknown[]) {
    const sent: Array<{ url: string; body: unknown }> = []
    const fetchFn = async (url: string, init: { body?: string }) => {
      sent.push({ url, body: init.body === undefined ? null : (JSON.parse(init.body) as unknown) })
      return { ok: true, status: 200, json: async () => replies.shift() }
    }
    return { sent, fetchFn }
  }
  const options = { appid: settings.appid, appSecret: 'secret', envId: settings.envId }

  it('takes one stable access token, then uploads config type 1 for each function', async () => {
    const { sent, fetchFn } = fakeFetch([{ access_token: 'TOKEN', expires_in: 7200 }, { errcode: 0 }, { errcode: 0 }])
    const api = weChatApi({ ...options, fetch: fetchFn })
    await api.setOpenapiPermissions('member', ['security.msgSecCheck'])
    await api.setOpenapiPermissions('timer', [])
    expect(sent).toEqual([
      {
        url: 'https://api.weixin.qq.com/cgi-bin/stable_token',
        body: { grant_type: 'client_credential', appid: settings.appid, secret: 'secret' },
      },
      {
        url: 'https://api.weixin.qq.com/tcb/uploadfuncconfig?access_token=TOKEN',
        body: {
          type: 1,
          env: settings.envId,
          function_name: 'member',
          config: '{"permissions":{"openapi":["security.msgSecCheck"]}}',
        },
      },
      expect.objectContaining({ body: expect.objectContaining({ function_name: 'timer' }) }),
    ])
  })

  it('turns a login code into the openid, by GET, keeping nothing else', async () => {
    const { sent, fetchFn } = fakeFetch([{ openid: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0', session_key: 'kept-nowhere' }])
    const openid = await openidOfLoginCode({ appid: settings.appid, appSecret: 'secret', code: 'CODE', fetch: fetchFn })
    expect(openid).toBe('oAbCdEfGhIjKlMnOpQrStUvWxYz0')
    expect(sent).toEqual([
      {
        url: `https://api.weixin.qq.com/sns/jscode2session?appid=${settings.appid}&secret=secret&js_code=CODE&grant_type=authorization_code`,
        body: null,
      },
    ])
  })

  it('says what to fix when WeChat refuses', async () => {
    const { fetchFn } = fakeFetch([{ errcode: 40164, errmsg: 'invalid ip' }])
    await expect(weChatApi({ ...options, fetch: fetchFn }).setOpenapiPermissions('member', [])).rejects.toThrow(
      /获取小程序 access_token：微信返回 40164 invalid ip——本机的出口 IP 不在小程序的 IP 白名单中/,
    )
  })
})
