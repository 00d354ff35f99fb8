/**
 * WeChat's own compilers for `npm run check:weapp` (scripts/check-weapp.ts): the Linux/macOS/Windows
 * binaries of the `miniprogram-compiler` package (wcc v0.5vv_20200413, wcsc v0.4me_20190328), run
 * as its own wrapper runs them:
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
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

const root = resolve(__dirname, '..', '..')

export type Compiler = 'wcc' | 'wcsc'

export interface Problem {
  /** Relative to the directory the checker reports from (the project root). */
  file: string
  /** `line:col: message`, or the message alone when the compiler gives no position. */
  message: string
  compiler: Compiler | 'silent-drop'
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
