/**
 * `npm run check:weapp` (after `npm run build:weapp`; .ci/run does both): WeChat's own compilers
 * over what the phone will be given — `wcc` over every .wxml and .wxs in dist/, `wcsc` over every
 * .wxss in dist/ and over the stylesheets they are built from (src/**\/*.css, plain CSS). Exits 1
 * on any compiler error, naming the file and the compiler's message, and on a rule WeChat drops
 * without a word: `wcsc` turns `:root {…}` into `{…}` (and `html:root` into `html`), so a
 * `:root` selector is allowed only in an H5-only stylesheet (named *.h5.css, or imported only
 * from *.h5.ts(x) modules, which the weapp build never loads: src/h5.css today).
 *
 * The compilers are the Linux/macOS/Windows binaries of the `miniprogram-compiler` package
 * (wcc v0.5vv_20200413, wcsc v0.4me_20190328), run as its own wrapper runs them:
 * - `wcc -d -cc <components> <files…> -gn $gwx`: stops at the first error, printing
 *   `file:line:col: message` on stderr with a non-zero exit code; a wxml's `<wxs src>` must be
 *   among the files. A failing file is dropped and the rest compiled again, so every broken
 *   file is named.
 * - `wcsc -db -pc <n> <files…>`: reports every error, `ERR: ` before the first,
 *   `file(line:col): message` one a line, then `error file count: 0`, exit code 1; an `@import`ed
 *   file must be among the files. Rejects `*`, `&` nesting, `@layer`, `@container` and a
 *   selector list inside `:is()`/`:where()`/`:not()`.
 * npm installs the binaries without the execute bit: they are copied to
 * node_modules/.cache/miniprogram-compiler/<version>/ and made executable there.
 */
import { spawn } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
} from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const root = resolve(__dirname, '..')

export type Compiler = 'wcc' | 'wcsc'
export type Kind = 'wxml' | 'wxs' | 'wxss' | 'css'

export interface Problem {
  /** Relative to the directory the checker reports from (the project root). */
  file: string
  /** `line:col: message`, or the message alone when the compiler gives no position. */
  message: string
  compiler: Compiler | 'silent-drop'
}

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

// ---------------------------------------------------------------------------------------------
// The binaries

const PLATFORM_DIR: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'mac', win32: 'windows' }

/** An executable copy of `wcc`/`wcsc` from the miniprogram-compiler package. */
export function compilerPath(name: Compiler, cacheDir = join(root, 'node_modules', '.cache')): string {
  const pkgJson = require.resolve('miniprogram-compiler/package.json')
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }
  const platform = PLATFORM_DIR[process.platform]
  if (!platform) throw new Error(`miniprogram-compiler 没有 ${process.platform} 平台的 ${name}`)
  const file = process.platform === 'win32' ? `${name}.exe` : name
  const source = join(dirname(pkgJson), 'bin', platform, file)
  const target = join(cacheDir, 'miniprogram-compiler', version, file)
  if (!existsSync(target) || statSync(target).size !== statSync(source).size) {
    mkdirSync(dirname(target), { recursive: true })
    // Copied under a name of its own, then renamed: two checks at once never run a half copy.
    const partial = `${target}.${process.pid}.partial`
    copyFileSync(source, partial)
    chmodSync(partial, 0o755)
    renameSync(partial, target)
  }
  return target
}

interface Run {
  code: number | null
  stderr: string
}

function run(binary: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // The compiled code (stdout, ~300 KB for wcc) is not needed: only whether and why it failed.
    const child = spawn(binary, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', (error) => reject(new Error(`无法运行 ${binary}：${error.message}`)))
    child.on('close', (code, signal) => resolvePromise({ code: signal ? -1 : code, stderr }))
  })
}

// ---------------------------------------------------------------------------------------------
// wcc: .wxml and .wxs

/** The `-cc` argument, as miniprogram-compiler builds it: each wxml whose json uses components. */
function componentArgs(dir: string, wxml: string[]): string {
  const args: Array<string | number> = []
  let count = 0
  for (const file of wxml) {
    const json = join(dir, file.replace(/\.wxml$/, '.json'))
    if (!existsSync(json)) continue
    let using: Record<string, string> | undefined
    try {
      using = (JSON.parse(readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> }).usingComponents
    } catch {
      continue // not wcc's business: the json is checked by the one who reads it
    }
    if (!using) continue
    args.push(file, Object.keys(using).length, ...Object.keys(using))
    count++
  }
  return [count, ...args].join(' ')
}

/** `file:line:col: message` or `file:line:col:message` (wcc's two spellings). */
const WCC_ERROR = /^(.+?):(\d+):(\d+):\s*(.*)$/

/**
 * Compiles `files` (relative to `dir`, .wxml and .wxs) with wcc. wcc stops at the first error:
 * the file it names is set aside and the others compiled again, until they pass.
 */
export async function runWcc(binary: string, dir: string, files: string[]): Promise<Array<Omit<Problem, 'compiler'>>> {
  const problems: Array<Omit<Problem, 'compiler'>> = []
  let remaining = [...files]
  const dropped = new Set<string>()
  while (remaining.length > 0) {
    const wxml = remaining.filter((f) => f.endsWith('.wxml'))
    const result = await run(binary, ['-d', '-cc', componentArgs(dir, wxml), ...remaining, '-gn', '$gwx'], dir)
    if (result.code === 0) break
    const [first = '', ...rest] = result.stderr.trim().split('\n')
    const match = WCC_ERROR.exec(first)
    if (!match || !remaining.includes(match[1])) {
      problems.push({ file: '', message: result.stderr.trim() || `wcc 退出码 ${result.code}，没有说明` })
      break
    }
    const [, file, line, col, said] = match
    // "./x.wxs not found from a.wxml" only because x.wxs was set aside for its own error.
    const missing = /^(\S+) not found from /.exec(said)?.[1]
    const cascade = missing !== undefined && dropped.has(join(dirname(file), missing).split(sep).join('/'))
    if (!cascade) problems.push({ file, message: [`${line}:${col}: ${said}`, ...rest].join('\n') })
    dropped.add(file)
    remaining = remaining.filter((f) => f !== file)
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// wcsc: .wxss and .css

/** `file(line:col): message`, the first one after `ERR: `. */
const WCSC_ERROR = /^(?:ERR: )?(.+?)\((\d+):(\d+)\): (.*)$/

/** Compiles `files` (relative to `dir`) with wcsc in one run; it reports every error. */
export async function runWcsc(binary: string, dir: string, files: string[]): Promise<Array<Omit<Problem, 'compiler'>>> {
  if (files.length === 0) return []
  const result = await run(binary, ['-db', '-pc', String(files.length), ...files], dir)
  if (result.code === 0) return []
  const problems: Array<Omit<Problem, 'compiler'>> = []
  for (const raw of result.stderr.split('\n')) {
    const line = raw.replace(/^ERR: /, '').trim()
    if (!line || /^error file count:/.test(line)) continue
    const positioned = WCSC_ERROR.exec(line)
    if (positioned) {
      problems.push({ file: positioned[1], message: `${positioned[2]}:${positioned[3]}: ${positioned[4]}` })
      continue
    }
    // "path `x` not found from `a.wxss`." / "a.wxss not found"
    const from = /not found from `([^`]+)`/.exec(line)?.[1]
    const missing = /^(\S+) not found$/.exec(line)?.[1]
    problems.push({ file: from ?? missing ?? '', message: line })
  }
  if (problems.length === 0) {
    problems.push({ file: '', message: result.stderr.trim() || `wcsc 退出码 ${result.code}，没有说明` })
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Rules WeChat drops without a word

/** Comments and strings blanked (same length, newlines kept), so offsets still give lines. */
function blankCommentsAndStrings(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\/|"(?:\\[\s\S]|[^"\\\n])*"|'(?:\\[\s\S]|[^'\\\n])*'/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  )
}

/** Each `:root` in a selector (not in a declaration, comment or string), as `line:col`. */
export function rootSelectors(css: string): string[] {
  const text = blankCommentsAndStrings(css)
  const found: string[] = []
  let start = 0 // where the current prelude (selector or at-rule) began
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{') {
      const prelude = text.slice(start, i)
      for (const m of prelude.matchAll(/:root(?![\w-])/gi)) {
        const offset = start + (m.index ?? 0)
        const before = text.slice(0, offset)
        const line = before.split('\n').length
        found.push(`${line}:${offset - before.lastIndexOf('\n')}`)
      }
    }
    if (c === '{' || c === '}' || c === ';') start = i + 1
  }
  return found
}

function importedCss(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+\.css)['"]/gm)].map((m) => m[1])
}

/**
 * The stylesheets under `src` the weapp build never loads: named *.h5.css, or imported only by
 * *.h5.ts(x) modules (Taro builds those for H5 alone). Paths relative to `src`.
 */
export function h5OnlyStylesheets(src: string): string[] {
  const importers = new Map<string, string[]>()
  for (const file of walk(src, (f) => /\.(ts|tsx|js|jsx)$/.test(f))) {
    for (const spec of importedCss(readFileSync(join(src, file), 'utf8'))) {
      const target = spec.startsWith('@/')
        ? spec.slice(2)
        : spec.startsWith('.')
          ? relative(src, resolve(src, dirname(file), spec))
          : undefined
      if (target === undefined) continue
      const key = target.split(sep).join('/')
      importers.set(key, [...(importers.get(key) ?? []), file])
    }
  }
  return walk(src, (f) => f.endsWith('.css')).filter((css) => {
    if (/\.h5\.css$/.test(css)) return true
    const by = importers.get(css) ?? []
    return by.length > 0 && by.every((f) => /\.h5\.(ts|tsx|js|jsx)$/.test(f))
  })
}

// ---------------------------------------------------------------------------------------------
// The check

/** Files under `dir` (relative, `/`-separated, sorted) that `keep` accepts; node_modules skipped. */
function walk(dir: string, keep: (file: string) => boolean, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const file = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(dir, keep, file)
      return entry.isFile() && keep(file) ? [file] : []
    })
    .sort()
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
