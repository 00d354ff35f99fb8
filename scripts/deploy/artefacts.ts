/**
 * What is uploaded, made apart from the working tree: the function folders and the built
 * mini-program are copied into a staging folder, where each subscribe template's local
 * placeholder id (`local-tpl-…`, the one the local cloud accepts) is replaced by the id WeChat
 * gave. Nothing with a placeholder left may be uploaded. The mini-program's packages are
 * measured against WeChat's size limits on the way.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TemplateRef } from './settings'

/** WeChat's limits: each package (main or sub) 2 MB, all together 20 MB. */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024
export const MAX_APP_BYTES = 20 * 1024 * 1024
const PLACEHOLDER = 'local-tpl-'
const TEXT_FILE = /\.(js|json|wxml|wxs)$/

export interface Replacement {
  key: string
  title: string
  to: string
  /** Occurrences replaced in the function bundles and in the mini-program. */
  inFunctions: number
  inApp: number
}

export interface PackageSize {
  root: string
  bytes: number
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

function count(text: string, needle: string): number {
  return needle === '' ? 0 : text.split(needle).length - 1
}

/** Replaces placeholders in every text file under `dir`; returns the count per template key. */
function substitute(dir: string, templates: TemplateRef[], ids: Record<string, string>): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(templates.map((t) => [t.key, 0]))
  for (const file of walk(dir).filter((f) => TEXT_FILE.test(f))) {
    let text = readFileSync(file, 'utf8')
    if (!text.includes(PLACEHOLDER)) continue
    for (const t of templates) {
      const n = count(text, t.localId)
      if (n === 0 || !ids[t.key]) continue
      counts[t.key] += n
      text = text.split(t.localId).join(ids[t.key])
    }
    writeFileSync(file, text)
  }
  return counts
}

/** Files under `dir` that still hold a placeholder, relative to `dir`. */
export function placeholdersLeft(dir: string): string[] {
  return walk(dir)
    .filter((f) => TEXT_FILE.test(f) && readFileSync(f, 'utf8').includes(PLACEHOLDER))
    .map((f) => f.slice(dir.length + 1))
}

/**
 * Copies the function folders (without node_modules) and dist/ into `stage`, writes a
 * project.config.json with the bureau's AppID for miniprogram-ci, and swaps template ids.
 */
export function stageArtefacts(options: {
  root: string
  stage: string
  functions: string[]
  appid: string
  templates: TemplateRef[]
  ids: Record<string, string>
}): { replacements: Replacement[]; problems: string[] } {
  const { root, stage, templates, ids } = options
  for (const name of options.functions) {
    cpSync(join(root, 'cloudfunctions', name), join(stage, 'cloudfunctions', name), {
      recursive: true,
      filter: (src) => !src.split(/[\\/]/).includes('node_modules'),
    })
  }
  cpSync(join(root, 'dist'), join(stage, 'dist'), { recursive: true })
  const project: unknown = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8'))
  writeFileSync(
    join(stage, 'project.config.json'),
    JSON.stringify({ ...(project as Record<string, unknown>), appid: options.appid }, null, 2),
  )
  const inFunctions = substitute(join(stage, 'cloudfunctions'), templates, ids)
  const inApp = substitute(join(stage, 'dist'), templates, ids)
  const replacements = templates.map((t) => ({
    key: t.key,
    title: t.title,
    to: ids[t.key] ?? '',
    inFunctions: inFunctions[t.key],
    inApp: inApp[t.key],
  }))
  const left = placeholdersLeft(stage)
  const shown = left.slice(0, 5).join('、') + (left.length > 5 ? ` 等 ${left.length} 个文件` : '')
  const problems = left.length > 0 ? [`${shown} 中仍有本地订阅消息模板 ID（${PLACEHOLDER}…），不能上传`] : []
  return { replacements, problems }
}

interface AppJson {
  subPackages?: Array<{ root?: unknown }>
  subpackages?: Array<{ root?: unknown }>
}

/** The built mini-program's packages and their sizes (project.config.json is not uploaded). */
export function appPackages(distDir: string): { packages: PackageSize[]; total: number; problems: string[] } {
  const appJson = join(distDir, 'app.json')
  if (!existsSync(appJson)) {
    return { packages: [], total: 0, problems: ['dist/app.json 不存在：先运行 npm run build:weapp 构建小程序'] }
  }
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as AppJson
  const roots = (app.subPackages ?? app.subpackages ?? [])
    .map((p) => (typeof p.root === 'string' ? p.root.replace(/\/$/, '') : ''))
    .filter(Boolean)
  const sizes = new Map<string, number>([['（主包）', 0], ...roots.map((r): [string, number] => [r, 0])])
  for (const file of walk(distDir)) {
    const rel = file.slice(distDir.length + 1).replace(/\\/g, '/')
    if (rel === 'project.config.json' || rel.endsWith('.map')) continue
    const root = roots.find((r) => rel.startsWith(`${r}/`)) ?? '（主包）'
    sizes.set(root, (sizes.get(root) ?? 0) + statSync(file).size)
  }
  const packages = [...sizes].map(([root, bytes]) => ({ root, bytes }))
  const total = packages.reduce((sum, p) => sum + p.bytes, 0)
  const problems = packages
    .filter((p) => p.bytes > MAX_PACKAGE_BYTES)
    .map((p) => `小程序${p.root === '（主包）' ? '主包' : `分包 ${p.root}`} ${kb(p.bytes)}，超过微信的上限 2 MB`)
  if (total > MAX_APP_BYTES) problems.push(`小程序共 ${kb(total)}，超过微信的上限 20 MB`)
  return { packages, total, problems }
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
