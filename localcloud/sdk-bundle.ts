/**
 * wx-server-sdk as one file, for the function instances' cold starts. Required as installed,
 * the SDK reads some hundreds of files (its @cloudbase, axios and protobuf dependencies: about
 * 200 ms a cold start on a two-core machine); the same code bundled into one file, compiled with
 * V8's code cache (worker-host.cjs), starts in about 50 ms. The SDK's code is unchanged —
 * esbuild only joins its modules — so every instance still runs the real SDK; only the local
 * cold start is shorter than WeChat's (PLATFORM.md).
 *
 * Made once per SDK version in node_modules/.cache/localcloud/; LOCAL_CLOUD_PLAIN_SDK=1 loads
 * the SDK as installed instead.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const CACHE_DIR = join(root, 'node_modules', '.cache', 'localcloud')

let prepared: Promise<string | null> | null = null

/** The bundled SDK's path (made on first use), or null to require the SDK as installed. */
export function sdkBundle(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env.LOCAL_CLOUD_PLAIN_SDK === '1') return Promise.resolve(null)
  prepared ??= make()
  return prepared
}

async function make(): Promise<string> {
  const entry = require.resolve('wx-server-sdk', { paths: [root] })
  const pkg = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as { version: string }
  const file = join(CACHE_DIR, `wx-server-sdk-${pkg.version}.cjs`)
  if (existsSync(file)) return file
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    write: false,
    logLevel: 'error',
  })
  mkdirSync(CACHE_DIR, { recursive: true })
  // Several clouds may start at once (test workers): each writes its own copy, then renames.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`
  writeFileSync(temp, result.outputFiles[0].contents)
  renameSync(temp, file)
  return file
}
