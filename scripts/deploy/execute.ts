/**
 * Carries out the plan's steps, each by the official interface for it:
 * - collections, permission rules, indexes, functions and triggers through the CloudBase
 *   management SDK (@cloudbase/manager-node: createCollectionIfNotExists, the TCB API
 *   ModifySafeRule through commonService, describeCollection / updateCollection CreateIndexes,
 *   createFunction with force, getFunctionDetail / deleteFunctionTrigger / createFunctionTriggers);
 * - a function's openapi permissions (config.json `permissions.openapi`) through WeChat's
 *   tcb/uploadfuncconfig, which is what WeChat DevTools does on upload (wechat.ts);
 * - the mini-program through miniprogram-ci, when an upload key is given (miniprogram.ts).
 * The clients are narrow interfaces so that tests can check each call's exact arguments.
 */
import { dirname } from 'node:path'
import type { Step } from './plan'
import type { Trigger } from './functions'

export interface CreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean }
}

export interface CloudFunctionSpec {
  name: string
  handler: string
  runtime: string
  timeout: number
  envVariables: Record<string, string>
  installDependency: boolean
  ignore: string[]
}

/** The part of @cloudbase/manager-node's CloudBase the deploy uses. */
export interface CloudBaseApi {
  database: {
    createCollectionIfNotExists(name: string): Promise<{ IsCreated: boolean }>
    describeCollection(name: string): Promise<{ Indexes?: Array<{ Name: string }> }>
    updateCollection(name: string, info: { CreateIndexes: CreateIndex[] }): Promise<unknown>
  }
  functions: {
    createFunction(param: { func: CloudFunctionSpec; functionRootPath: string; force: boolean }): Promise<unknown>
    getFunctionDetail(
      name: string,
    ): Promise<{ Triggers?: Array<{ TriggerName: string; Type: string; TriggerDesc: string }> }>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
    createFunctionTriggers(name: string, triggers: Trigger[]): Promise<unknown>
  }
  commonService(): { call(options: { Action: string; Param: Record<string, unknown> }): Promise<unknown> }
}

export interface WeChatApi {
  setOpenapiPermissions(fn: string, apis: string[]): Promise<void>
}

export interface MiniprogramUploader {
  upload(options: { version: string; desc: string }): Promise<void>
}

export interface Clients {
  envId: string
  tcb: CloudBaseApi
  wechat: WeChatApi
  /** null when no upload key was given. */
  uploader: MiniprogramUploader | null
}

/** A failure the operator can act on, said in words. */
export class DeployError extends Error {}

/** The cron of a timer trigger as SCF reports it: the plain expression or `{"cron": "…"}`. */
export function cronOfTriggerDesc(desc: string): string {
  try {
    const parsed: unknown = JSON.parse(desc)
    if (typeof parsed === 'object' && parsed !== null && 'cron' in parsed && typeof parsed.cron === 'string') {
      return parsed.cron
    }
  } catch {
    // A plain cron expression is not JSON.
  }
  return desc
}

async function deployCollection(step: Extract<Step, { kind: 'collection' }>, c: Clients, log: (s: string) => void) {
  const { name, rule, indexes } = step.collection
  const created = await c.tcb.database.createCollectionIfNotExists(name)
  log(created.IsCreated ? `已创建集合 ${name}` : `集合 ${name} 已存在`)
  await c.tcb.commonService().call({
    Action: 'ModifySafeRule',
    Param: { EnvId: c.envId, CollectionName: name, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) },
  })
  const existing = new Set(((await c.tcb.database.describeCollection(name)).Indexes ?? []).map((i) => i.Name))
  const missing = indexes.filter((i) => !existing.has(i.name))
  if (missing.length > 0) {
    await c.tcb.database.updateCollection(name, {
      CreateIndexes: missing.map((i) => ({
        IndexName: i.name,
        MgoKeySchema: {
          MgoIndexKeys: Object.entries(i.keys).map(([field, dir]) => ({ Name: field, Direction: String(dir) })),
          MgoIsUnique: false,
        },
      })),
    })
  }
  log(`集合 ${name}：权限规则已设置，新建索引 ${missing.length} 个，已有 ${indexes.length - missing.length} 个`)
  const declared = new Set(indexes.map((i) => i.name))
  const extra = [...existing].filter((n) => n !== '_id_' && !declared.has(n))
  if (extra.length > 0) log(`  集合 ${name} 在云端还有未声明的索引（未删除）：${extra.join('、')}`)
}

async function syncTrigger(step: Extract<Step, { kind: 'trigger' }>, c: Clients, log: (s: string) => void) {
  const detail = await c.tcb.functions.getFunctionDetail(step.fn)
  const timers = (detail.Triggers ?? []).filter((t) => t.Type === 'timer')
  const want = step.trigger
  const keep = want
    ? timers.find((t) => t.TriggerName === want.name && cronOfTriggerDesc(t.TriggerDesc) === want.config)
    : undefined
  for (const t of timers.filter((x) => x !== keep)) {
    await c.tcb.functions.deleteFunctionTrigger(step.fn, t.TriggerName)
    log(`已删除云函数 ${step.fn} 的定时触发器 ${t.TriggerName}`)
  }
  if (want && !keep) {
    await c.tcb.functions.createFunctionTriggers(step.fn, [want])
    log(`已创建云函数 ${step.fn} 的定时触发器 ${want.name}：${want.config}`)
  } else if (want) log(`云函数 ${step.fn} 的定时触发器 ${want.name} 已是最新`)
}

export async function executeStep(step: Step, c: Clients, log: (line: string) => void): Promise<void> {
  switch (step.kind) {
    case 'collection':
      return deployCollection(step, c, log)
    case 'function': {
      const f = step.fn
      await c.tcb.functions.createFunction({
        func: {
          name: f.name,
          handler: 'index.main',
          runtime: f.runtime,
          timeout: f.timeout,
          envVariables: f.envVariables,
          installDependency: true,
          ignore: ['node_modules', 'node_modules/**/*'],
        },
        functionRootPath: dirname(f.dir),
        force: true,
      })
      log(`云函数 ${f.name} 已上传并配置`)
      return
    }
    case 'openapi':
      await c.wechat.setOpenapiPermissions(step.fn, step.apis)
      log(`云函数 ${step.fn} 的云调用权限已设置（微信缓存约 10 分钟后生效）`)
      return
    case 'trigger':
      return syncTrigger(step, c, log)
    case 'miniprogram':
      if (!step.upload || !c.uploader) {
        log('小程序没有上传：请在微信开发者工具中上传（见 README“部署到微信云开发”）')
        return
      }
      await c.uploader.upload({ version: step.version, desc: step.desc })
      log(`小程序 ${step.version} 已上传为开发版：到小程序后台“版本管理”设为体验版或提交审核`)
  }
}
