/**
 * Everything a deploy knows before it touches the cloud, shared by the dry run and the real
 * deploy: the settings, the checked function folders and collections, the staged artefacts with
 * real template ids, the mini-program's sizes, and the plan. Reads files only; no network.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { COLLECTIONS } from '../../server/collections'
import { appPackages, stageArtefacts, type PackageSize, type Replacement } from './artefacts'
import { planCollections } from './collections'
import { inspectFunctions } from './functions'
import { planDeploy, type Step } from './plan'
import { functionVariables, readSettings, type Settings, type TemplateRef } from './settings'

export const DEFAULT_CONFIG = 'deploy.config.json'

export interface Prepared {
  settings: Settings
  steps: Step[]
  stage: string
  replacements: Replacement[]
  packages: PackageSize[]
  problems: string[]
}

/** The templates the app uses (core/notify/templates.ts), whatever their number. */
export function templateRefs(): TemplateRef[] {
  return Object.entries(SUBSCRIBE_TEMPLATES).map(([key, t]) => ({ key, localId: t.id, title: t.title }))
}

export type ConfigFile = { path: string; text: string } | null

/** The deploy config file (null when the default one is absent), or why it cannot be read. */
export function readConfigFile(root: string, path: string | null): ConfigFile | string {
  const file = path ?? DEFAULT_CONFIG
  const full = resolve(root, file)
  if (!existsSync(full)) {
    return path === null ? null : `找不到部署配置 ${file}`
  }
  return { path: file, text: readFileSync(full, 'utf8') }
}

function appMentions(dir: string, envId: string): boolean {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
  return files.some((f) => readFileSync(join(dir, f), 'utf8').includes(`"${envId}"`))
}

export function prepare(options: {
  root: string
  envArg: string | null
  file: ConfigFile
  env: NodeJS.ProcessEnv
  version: string
  upload: boolean
  /** After a real build: the app must have been built for this environment (TARO_APP_CLOUD_ENV). */
  builtFor?: string
}): Prepared {
  const templates = templateRefs()
  const { settings, problems } = readSettings({
    envArg: options.envArg,
    file: options.file,
    env: options.env,
    templates,
  })
  const provided = new Set(Object.keys(functionVariables(settings)))
  const inspected = inspectFunctions(options.root, provided)
  const collections = planCollections(COLLECTIONS)
  const app = appPackages(join(options.root, 'dist'))
  problems.push(...inspected.problems, ...collections.problems, ...app.problems)
  const stage = mkdtempSync(join(tmpdir(), 'dangjian-deploy-'))
  let replacements: Replacement[] = []
  if (app.problems.length === 0 && existsSync(join(options.root, 'project.config.json'))) {
    const staged = stageArtefacts({
      root: options.root,
      stage,
      functions: inspected.functions.map((f) => f.name),
      appid: settings.appid,
      templates,
      ids: settings.templates,
    })
    replacements = staged.replacements
    problems.push(...staged.problems)
    if (options.builtFor && !appMentions(join(stage, 'dist'), options.builtFor)) {
      problems.push(`dist/ 中的小程序不是为环境 ${options.builtFor} 构建的（构建时没有用上 TARO_APP_CLOUD_ENV）`)
    }
  }
  const steps = planDeploy({
    settings,
    collections: collections.collections,
    functions: inspected.functions,
    stage,
    version: options.version,
    upload: options.upload,
  })
  return { settings, steps, stage, replacements, packages: app.packages, problems }
}
