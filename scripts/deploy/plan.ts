/**
 * The deploy as a list of steps, computed without touching the network: the dry run prints it,
 * tests check it, and execute.ts maps each step to CloudBase and WeChat calls. Every step is
 * idempotent (create if missing, set to the declared state), so a deploy that stopped halfway
 * is finished by running it again.
 *
 * Order: collections before functions (a function's first call may read them); each function's
 * openapi permissions before its timer trigger (so the first timed run can send messages); the
 * mini-program last (it calls the functions).
 */
import type { CollectionPlan } from './collections'
import type { FunctionInfo, Trigger } from './functions'
import { functionVariables, type Runtime, type Settings } from './settings'

export interface FunctionDeploy {
  name: string
  /** Folder with the staged files to upload. */
  dir: string
  runtime: Runtime
  timeout: number
  envVariables: Record<string, string>
  files: string[]
  bytes: number
}

export type Step =
  | { kind: 'collection'; collection: CollectionPlan }
  | { kind: 'function'; fn: FunctionDeploy }
  | { kind: 'openapi'; fn: string; apis: string[] }
  | { kind: 'trigger'; fn: string; trigger: Trigger | null }
  | { kind: 'miniprogram'; appid: string; version: string; desc: string; upload: boolean }

export interface PlanInput {
  settings: Settings
  collections: CollectionPlan[]
  functions: FunctionInfo[]
  /** Where the staged function folders are (cloudfunctions/<name> below it). */
  stage: string
  version: string
  /** Whether an upload key was given (else the mini-program is uploaded in WeChat DevTools). */
  upload: boolean
}

export function planDeploy(input: PlanInput): Step[] {
  const { settings } = input
  const envVariables = functionVariables(settings)
  return [
    ...input.collections.map((collection): Step => ({ kind: 'collection', collection })),
    ...input.functions.map((f): Step => ({
      kind: 'function',
      fn: {
        name: f.name,
        dir: `${input.stage}/cloudfunctions/${f.name}`,
        runtime: settings.runtime,
        timeout: f.timeout,
        envVariables,
        files: f.files,
        bytes: f.bytes,
      },
    })),
    ...input.functions.map((f): Step => ({ kind: 'openapi', fn: f.name, apis: [...f.openapi].sort() })),
    ...input.functions.map((f): Step => ({ kind: 'trigger', fn: f.name, trigger: f.trigger })),
    {
      kind: 'miniprogram',
      appid: settings.appid,
      version: input.version,
      desc: `党建助手 ${input.version}（环境 ${settings.envId}）`,
      upload: input.upload,
    },
  ]
}

function keysText(keys: Record<string, 1 | -1>): string {
  return Object.entries(keys)
    .map(([field, dir]) => `${field} ${dir === 1 ? '升序' : '降序'}`)
    .join(' + ')
}

/** What a step does, in words: a first line, then details. */
export function describeStep(step: Step): string[] {
  switch (step.kind) {
    case 'collection': {
      const c = step.collection
      const indexes = c.indexes.map((i) => `    索引 ${i.name}（${keysText(i.keys)}）`)
      return [
        `集合 ${c.name}：不存在则创建；权限规则设为 ${JSON.stringify(c.rule)}`,
        ...(indexes.length > 0 ? indexes : ['    索引：只有内置的 _id']),
      ]
    }
    case 'function': {
      const f = step.fn
      const vars = Object.entries(f.envVariables).map(([k, v]) => `${k}=${v}`)
      return [
        `云函数 ${f.name}：上传 ${f.files.length} 个文件（${(f.bytes / 1024).toFixed(1)} KB：${f.files.join('、')}），云端安装依赖`,
        `    运行环境 ${f.runtime}（只在首次创建时生效），超时 ${f.timeout} 秒`,
        `    环境变量（整体覆盖）：${vars.join('；')}`,
      ]
    }
    case 'openapi':
      return [
        `云函数 ${step.fn} 的云调用权限：${step.apis.length > 0 ? step.apis.join('、') : '无'}（微信接口 tcb/uploadfuncconfig）`,
      ]
    case 'trigger':
      return [
        step.trigger
          ? `云函数 ${step.fn} 的定时触发器 ${step.trigger.name}：${step.trigger.config}（北京时间；云端不同的先删除再创建）`
          : `云函数 ${step.fn}：没有定时触发器（云端如有则删除）`,
      ]
    case 'miniprogram':
      return step.upload
        ? [`小程序：用 miniprogram-ci 上传 dist/ 为开发版 ${step.version}（${step.desc}），AppID ${step.appid}`]
        : [
            `小程序：不上传（没有设置 MINIPROGRAM_PRIVATE_KEY_PATH）。请用微信开发者工具打开仓库根目录，点“上传”，版本号 ${step.version}`,
          ]
  }
}
