/**
 * Bundles each cloud function (server/functions/<name>.ts) into its deploy folder
 * cloudfunctions/<name>/index.js: CommonJS for Node 16, wx-server-sdk left external so that
 * WeChat installs it from the folder's package.json. The same bundle runs in the local cloud.
 *
 * Heavy libraries (LAZY_MODULES) stay out of index.js: each is bundled into its own file
 * cloudfunctions/<name>/lazy/<module>.js, which the function requires only when an action first
 * runs `await import('<module>')`. Left inside index.js, even code that is never evaluated costs
 * every cold start its parse (exceljs: ~1.2 MB, ~50 ms). A static import of one fails the build.
 */
import { build, type Plugin } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
export const SOURCE_DIR = join(root, 'server', 'functions')
export const DEPLOY_DIR = join(root, 'cloudfunctions')
export const LAZY_MODULES = ['exceljs', 'papaparse'] as const
const LAZY_DIR = 'lazy'

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node16',
  minify: true,
  keepNames: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
} as const

export function functionNames(): string[] {
  return readdirSync(SOURCE_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort()
}

/** Resolves `await import('<lazy module>')` to ./lazy/<module>.js; refuses a static import of one. */
function lazyModules(): Plugin {
  const names = new Set<string>(LAZY_MODULES)
  return {
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!names.has(args.path)) return undefined
        if (args.kind !== 'dynamic-import') {
          return {
            errors: [
              {
                text: `${args.path} is heavy: load it with \`await import('${args.path}')\` inside the action that needs it, not at module scope (${args.importer})`,
              },
            ],
          }
        }
        return { path: `./${LAZY_DIR}/${args.path}.js`, external: true }
      })
    },
  }
}

/** Writes through a temporary file so that a function starting meanwhile never reads half a file. */
function writeAtomically(file: string, contents: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, contents)
  renameSync(temp, file)
}

const lazyBundles = new Map<string, Promise<Uint8Array>>()

function lazyBundle(name: string): Promise<Uint8Array> {
  let bundle = lazyBundles.get(name)
  if (!bundle) {
    bundle = build({
      ...common,
      stdin: { contents: `module.exports = require(${JSON.stringify(name)})`, resolveDir: root, loader: 'js' },
      write: false,
    }).then((result) => result.outputFiles[0].contents)
    lazyBundles.set(name, bundle)
  }
  return bundle
}

async function writeLazyModules(folder: string, used: Set<string>): Promise<number> {
  const dir = join(folder, LAZY_DIR)
  const wanted = new Set([...used].map((name) => `${name}.js`))
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) if (!wanted.has(file)) rmSync(join(dir, file), { force: true })
  }
  if (used.size === 0) {
    rmSync(dir, { recursive: true, force: true })
    return 0
  }
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (const name of used) {
    const contents = await lazyBundle(name)
    writeAtomically(join(dir, `${name}.js`), contents)
    bytes += contents.length
  }
  return bytes
}

export interface FunctionSize {
  /** index.js, which every cold start loads. */
  index: number
  /** lazy/*.js, loaded only by the actions that need them. */
  lazy: number
}

export async function buildFunctions(options: { quiet?: boolean } = {}): Promise<Record<string, FunctionSize>> {
  const sizes: Record<string, FunctionSize> = {}
  await Promise.all(
    functionNames().map(async (name) => {
      const folder = join(DEPLOY_DIR, name)
      for (const file of ['package.json', 'config.json']) {
        if (!existsSync(join(folder, file))) throw new Error(`cloudfunctions/${name}/${file} is missing`)
      }
      const result = await build({
        ...common,
        entryPoints: [join(SOURCE_DIR, `${name}.ts`)],
        external: ['wx-server-sdk'],
        // import() of a lazy module becomes a plain require() when the action first runs it.
        supported: { 'dynamic-import': false },
        plugins: [lazyModules()],
        metafile: true,
        write: false,
      })
      const contents = result.outputFiles[0].contents
      // Only the lazy modules that survived tree-shaking: other functions may share the importer.
      const output = Object.values(result.metafile.outputs)[0]
      const used = new Set(
        output.imports.map((i) => /^\.\/lazy\/(.+)\.js$/.exec(i.path)?.[1]).filter((m): m is string => m !== undefined),
      )
      const lazy = await writeLazyModules(folder, used)
      writeAtomically(join(folder, 'index.js'), contents)
      sizes[name] = { index: contents.length, lazy }
    }),
  )
  if (!options.quiet) {
    for (const [name, size] of Object.entries(sizes)) {
      const lazy = size.lazy ? ` (+ ${(size.lazy / 1024).toFixed(1)} KB in lazy/, loaded on demand)` : ''
      console.log(`cloudfunctions/${name}/index.js  ${(size.index / 1024).toFixed(1)} KB${lazy}`)
    }
  }
  return sizes
}

if (require.main === module) {
  buildFunctions().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
