/**
 * The minimum base library holds: every WeChat API that src/ calls is in the table with the base
 * library that brought it, and one newer than the stated minimum names its guard (and the guard
 * is there). A new API call cannot slip in unlisted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { API_SUPPORT, MIN_BASE_LIBRARY, compareVersions } from '../../scripts/base-library'

const SRC = join(__dirname, '../../src')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    // The H5 build's own files call no WeChat API.
    return /\.tsx?$/.test(name) && !/\.h5\.tsx?$/.test(name) ? [path] : []
  })
}

const calls = new Map<string, Set<string>>()
for (const file of sources(SRC)) {
  for (const [, api] of readFileSync(file, 'utf8').matchAll(/\bTaro\.([a-zA-Z]+)\b/g)) {
    if (/^[A-Z]/.test(api)) continue // types: Taro.Events, Taro.scanCode.ScanType …
    if (!calls.has(api)) calls.set(api, new Set())
    calls.get(api)!.add(relative(SRC, file))
  }
}

test('every WeChat API src/ calls is listed with the base library that brought it', () => {
  const unlisted = [...calls.keys()].filter((api) => !(api in API_SUPPORT))
  expect(unlisted).toEqual([])
  expect(calls.size).toBeGreaterThan(20)
})

test(`an API newer than ${MIN_BASE_LIBRARY} is called only behind the guard the table names`, () => {
  for (const [api, files] of calls) {
    const support = API_SUPPORT[api]
    if (compareVersions(support.since, MIN_BASE_LIBRARY) <= 0) continue
    expect({ api, guard: support.guard ?? 'none' }).toEqual({ api, guard: expect.stringContaining('src/') })
    const guardFile = /src\/([^:]+)/.exec(support.guard ?? '')?.[1] ?? ''
    expect([...files].some((f) => f.startsWith(guardFile))).toBe(true)
  }
  const consent = readFileSync(join(SRC, 'privacy/consent.ts'), 'utf8')
  expect(consent).toMatch(
    /typeof Taro\.onNeedPrivacyAuthorization !== 'function' \|\| !Taro\.canIUse\('onNeedPrivacyAuthorization'\)/,
  )
})

test('the minimum is the newest unguarded API’s, no older and no newer', () => {
  const unguarded = [...calls.keys()].map((api) => API_SUPPORT[api]).filter((s) => !s.guard)
  const newest = unguarded
    .map((s) => s.since)
    .sort(compareVersions)
    .at(-1)
  expect(newest).toBe(MIN_BASE_LIBRARY)
})

test('versions compare by number, not by text', () => {
  expect(compareVersions('2.20.1', '2.4.4')).toBe(1)
  expect(compareVersions('2.4.4', '2.20.1')).toBe(-1)
  expect(compareVersions('2.32.3', '2.32.3')).toBe(0)
  expect(compareVersions('3', '2.99.99')).toBe(1)
})
