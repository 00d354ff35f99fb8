/**
 * The floor under our main package: Taro's own one-page template (React, TypeScript) built for
 * weapp with this project's toolchain — the same config/, babel.config.js, tsconfig.json,
 * project.config.json, package.json and node_modules. It is built in a temporary folder (never
 * dist/ or dist-h5/), and what it measures is kept in node_modules/.cache/bench-hello-world/
 * under a hash of everything that shapes the build, so later runs reuse it until the toolchain
 * (lockfile, config, babel, tsconfig) changes.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { weappSize } from './weapp-size'

const root = resolve(__dirname, '..')
const CACHE_DIR = join(root, 'node_modules', '.cache', 'bench-hello-world')
const COPIED = ['babel.config.js', 'tsconfig.json', 'project.config.json', 'package.json', 'config']

/** Taro's `templates/default` for React + TypeScript, as `taro init` writes it. */
const APP: Record<string, string> = {
  'src/app.ts': `import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'

import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    console.log('App launched.')
  })

  // children 是将要会渲染的页面
  return children
}

export default App
`,
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: 'WeChat',
    navigationBarTextStyle: 'black',
  },
})
`,
  'src/app.css': '',
  'src/pages/index/index.tsx': `import { View, Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import './index.css'

export default function Index() {
  useLoad(() => {
    console.log('Page loaded.')
  })

  return (
    <View className='index'>
      <Text>Hello world!</Text>
    </View>
  )
}
`,
  'src/pages/index/index.config.ts': `export default definePageConfig({
  navigationBarTitleText: '首页',
})
`,
  'src/pages/index/index.css': '',
}

export interface HelloWorld {
  main: number
  mainFiles: Record<string, number>
  /** First 12 hex digits of the toolchain hash it was built with. */
  toolchain: string
  builtAt: string
  buildSeconds: number
  cached: boolean
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
}

/** A hash of the lockfile, every copied toolchain file (package.json less its scripts) and the app itself. */
export function toolchainHash(): string {
  const hash = createHash('sha256')
  for (const file of ['package-lock.json', ...COPIED].flatMap((p) => filesUnder(join(root, p)))) {
    let text = readFileSync(file, 'utf8')
    if (file === join(root, 'package.json')) text = JSON.stringify({ ...JSON.parse(text), scripts: undefined })
    hash.update(`${file.slice(root.length)}\0${text}\0`)
  }
  hash.update(JSON.stringify(APP))
  return hash.digest('hex').slice(0, 12)
}

/** Runs `taro build --type weapp` in `dir`, the way `npm run build:weapp` does in the root. */
export function taroBuildWeapp(dir: string): void {
  const taro = join(dirname(require.resolve('@tarojs/cli/package.json')), 'bin', 'taro')
  const run = spawnSync(process.execPath, [taro, 'build', '--type', 'weapp'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').slice(-40).join('\n')
    throw new Error(`taro build --type weapp failed in ${dir}:\n${output}`)
  }
}

function build(toolchain: string): HelloWorld {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hello-world-'))
  try {
    for (const path of COPIED) cpSync(join(root, path), join(dir, path), { recursive: true })
    for (const [path, text] of Object.entries(APP)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
    const started = performance.now()
    taroBuildWeapp(dir)
    const buildSeconds = Math.round((performance.now() - started) / 1000)
    const { main, mainFiles } = weappSize(join(dir, 'dist'))
    return { main, mainFiles, toolchain, builtAt: new Date().toISOString(), buildSeconds, cached: false }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The hello-world's main package: from the cache when this toolchain built it before, else built now. */
export function helloWorld(): HelloWorld {
  const toolchain = toolchainHash()
  const cached = join(CACHE_DIR, `${toolchain}.json`)
  if (existsSync(cached)) return { ...(JSON.parse(readFileSync(cached, 'utf8')) as HelloWorld), cached: true }
  console.log(`  building the Taro hello-world with this toolchain (${toolchain}); later runs reuse it…`)
  const result = build(toolchain)
  rmSync(CACHE_DIR, { recursive: true, force: true })
  mkdirSync(CACHE_DIR, { recursive: true })
  writeFileSync(cached, JSON.stringify({ ...result, cached: undefined }, null, 2))
  return result
}
