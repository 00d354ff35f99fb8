/**
 * Bundles each cloud function (server/functions/<name>.ts) into its deploy folder
 * cloudfunctions/<name>/index.js: CommonJS for Node 16, wx-server-sdk left external so that
 * WeChat installs it from the folder's package.json. The same bundle runs in the local cloud.
 */
import { build } from 'esbuild'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
export const SOURCE_DIR = join(root, 'server', 'functions')
export const DEPLOY_DIR = join(root, 'cloudfunctions')

export function functionNames(): string[] {
  return readdirSync(SOURCE_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort()
}

export async function buildFunctions(options: { quiet?: boolean } = {}): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {}
  await Promise.all(
    functionNames().map(async (name) => {
      const folder = join(DEPLOY_DIR, name)
      for (const file of ['package.json', 'config.json']) {
        if (!existsSync(join(folder, file))) throw new Error(`cloudfunctions/${name}/${file} is missing`)
      }
      const outfile = join(folder, 'index.js')
      await build({
        entryPoints: [join(SOURCE_DIR, `${name}.ts`)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node16',
        external: ['wx-server-sdk'],
        minify: true,
        keepNames: true,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning',
      })
      sizes[name] = statSync(outfile).size
    }),
  )
  if (!options.quiet) {
    for (const [name, size] of Object.entries(sizes)) {
      console.log(`cloudfunctions/${name}/index.js  ${(size / 1024).toFixed(1)} KB`)
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
