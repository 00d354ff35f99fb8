/**
 * `npm run check:weapp` (after `npm run build:weapp`; .ci/run does both): WeChat's own compilers
 * over what the phone will be given — `wcc` over every .wxml and .wxs in dist/, `wcsc` over every
 * .wxss in dist/ and over the stylesheets they are built from (src/**\/*.css, plain CSS). Exits 1
 * on any compiler error, naming the file and the compiler's message, and on a rule WeChat drops
 * without a word: `wcsc` turns `:root {…}` into `{…}` (and `html:root` into `html`), so a
 * `:root` selector is allowed only in an H5-only stylesheet (named *.h5.css, or imported only
 * from *.h5.ts(x) modules, which the weapp build never loads: src/h5.css today).
 *
 * The compilers and how they are run: scripts/weapp/compilers.ts; the silent drops:
 * scripts/weapp/silent-drops.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { compilerPath, runWcc, runWcsc, type Compiler, type Problem } from './weapp/compilers'
import { h5OnlyStylesheets, rootSelectors } from './weapp/silent-drops'
import { walk } from './weapp/walk'

export { compilerPath, runWcc, runWcsc, type Compiler, type Problem } from './weapp/compilers'
export { h5OnlyStylesheets, rootSelectors } from './weapp/silent-drops'

const root = resolve(__dirname, '..')

export type Kind = 'wxml' | 'wxs' | 'wxss' | 'css'

export interface CheckOptions {
  /** The built mini-program (dist/). */
  dist: string
  /** The app's sources: every *.css under it is compiled; its *.ts(x) tell which are H5-only. */
  src: string
  /** Paths in problems are relative to it. */
  base?: string
  /** Where the executable copies of the compilers go. */
  cacheDir?: string
}

export interface CheckReport {
  problems: Problem[]
  counts: Record<Kind, number>
  /** The H5-only stylesheets found under src (relative to base): `:root` is allowed there. */
  h5Only: string[]
}

/** Runs the tasks, at most `limit` at a time (2 cores). */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return results
}

export async function checkWeapp(options: CheckOptions): Promise<CheckReport> {
  const base = options.base ?? root
  const { dist, src } = options
  const wcc = compilerPath('wcc', options.cacheDir)
  const wcsc = compilerPath('wcsc', options.cacheDir)

  const markup = walk(dist, (f) => f.endsWith('.wxml') || f.endsWith('.wxs'))
  const wxss = walk(dist, (f) => f.endsWith('.wxss'))
  const css = walk(src, (f) => f.endsWith('.css'))
  const h5Only = new Set(h5OnlyStylesheets(src))

  const shown = (dir: string, file: string) => (file ? relative(base, join(dir, file)).split(sep).join('/') : '')
  const compile = (compiler: Compiler, dir: string, files: string[]) => async (): Promise<Problem[]> =>
    (await (compiler === 'wcc' ? runWcc(wcc, dir, files) : runWcsc(wcsc, dir, files))).map((p) => ({
      ...p,
      file: shown(dir, p.file),
      compiler,
    }))
  const compiled = await pool([compile('wcc', dist, markup), compile('wcsc', dist, wxss), compile('wcsc', src, css)], 2)

  const silent: Problem[] = []
  for (const [dir, files] of [
    [dist, wxss],
    [src, css.filter((f) => !h5Only.has(f))],
  ] as const) {
    for (const file of files) {
      for (const at of rootSelectors(readFileSync(join(dir, file), 'utf8'))) {
        silent.push({
          file: shown(dir, file),
          message: `${at}: :root 选择器——wcsc 会把 :root 去掉（:root{…} 变成 {…}，规则作废），且不报错；只可写在 H5 专用样式表里`,
          compiler: 'silent-drop',
        })
      }
    }
  }

  return {
    problems: [...compiled.flat(), ...silent],
    counts: {
      wxml: markup.filter((f) => f.endsWith('.wxml')).length,
      wxs: markup.filter((f) => f.endsWith('.wxs')).length,
      wxss: wxss.length,
      css: css.length,
    },
    h5Only: [...h5Only].map((f) => shown(src, f)),
  }
}

export function formatProblem(p: Problem): string {
  const what = p.compiler === 'silent-drop' ? '微信会静默丢弃' : `${p.compiler} 报错`
  const where = p.file ? `${p.file}:${/^\d/.test(p.message) ? '' : ' '}` : ''
  return `✗ ${where}${p.message}（${what}）`
}

async function main(): Promise<number> {
  const started = performance.now()
  const dist = join(root, 'dist')
  if (!existsSync(join(dist, 'app.json'))) {
    console.error('没有找到 dist/app.json：先运行 npm run build:weapp')
    return 1
  }
  const report = await checkWeapp({ dist, src: join(root, 'src') })
  for (const p of report.problems) console.error(formatProblem(p))
  const { wxml, wxs, wxss, css } = report.counts
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const h5 = report.h5Only.length ? `，其中 H5 专用 ${report.h5Only.join('、')}` : ''
  const summary = `dist/ ${wxml} 个 wxml、${wxs} 个 wxs（wcc），${wxss} 个 wxss（wcsc）；src/ ${css} 个 css（wcsc${h5}）；${seconds} 秒`
  console.log(
    report.problems.length === 0
      ? `✓ 微信编译器检查通过：${summary}`
      : `✗ 微信编译器检查发现 ${report.problems.length} 个问题：${summary}`,
  )
  return report.problems.length === 0 ? 0 : 1
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
