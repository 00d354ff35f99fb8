/**
 * Cold-start cost of each bundled cloud function, beside the time to `require('wx-server-sdk')`
 * itself, each in a fresh Node process, measured in the same run in interleaved rounds (so that
 * the load of a shared machine falls on the baseline and the figures alike):
 * - alone: requiring index.js with wx-server-sdk replaced by an empty stand-in, so the figure is
 *   the bundle's own work, including Node built-ins (crypto) that the real SDK would load anyway;
 * - after the real SDK: requiring index.js once wx-server-sdk is loaded, as on WeChat, which adds
 *   the bundle's `cloud.init()`; its floor is an empty function that only loads and inits the SDK.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { record } from '../figures'
import { median, ms, table } from '../stats'

const RUNS = 7
const root = resolve(__dirname, '../..')

const TIME_REQUIRE = `
const t = process.hrtime.bigint()
require(process.argv[1])
console.log(Number(process.hrtime.bigint() - t) / 1e6)
`
const SDK_STUBBED = `
const Module = require('module')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'wx-server-sdk' ? require.resolve('./bench/sdk-stub.cjs', { paths: [process.cwd()] }) : resolve.call(this, request, ...rest)
}
${TIME_REQUIRE}`
const SDK_FIRST = `require('wx-server-sdk')\n${TIME_REQUIRE}`

type Mode = 'sdk' | 'alone' | 'afterSdk'
const SCRIPTS: Record<Mode, string> = { sdk: TIME_REQUIRE, alone: SDK_STUBBED, afterSdk: SDK_FIRST }

function once(mode: Mode, file: string): number {
  const out = execFileSync(process.execPath, ['-e', SCRIPTS[mode], file], { cwd: root, encoding: 'utf8' })
  return Number(out.trim().split('\n').pop())
}

export default async function requireTimes(): Promise<void> {
  const functionsDir = join(root, 'cloudfunctions')
  const functions = readdirSync(functionsDir)
    .filter((name) => existsSync(join(functionsDir, name, 'index.js')))
    .sort()
  const empty = join(root, 'bench', 'empty-function.cjs')
  const times = new Map<string, number[]>()
  const add = (key: string, value: number) => times.set(key, [...(times.get(key) ?? []), value])
  for (let round = 0; round < RUNS; round++) {
    add('sdk', once('sdk', 'wx-server-sdk'))
    add('empty/afterSdk', once('afterSdk', empty))
    for (const name of functions) {
      const file = join(functionsDir, name, 'index.js')
      add(`${name}/alone`, once('alone', file))
      add(`${name}/afterSdk`, once('afterSdk', file))
    }
  }
  const m = (key: string) => median(times.get(key) ?? [])
  const sdk = m('sdk')
  const floor = m('empty/afterSdk')
  record('wx-server-sdk', sdk, 'ms')
  record('empty function after the SDK', floor, 'ms', 'wx-server-sdk')

  console.log(`\n云函数冷启动：require 耗时（${RUNS} 轮交替测量取中位数，各在新进程中）`)
  const rows: Array<Array<string>> = [
    ['module', 'alone (SDK stubbed)', '÷ SDK', 'after the real SDK', '÷ SDK'],
    ['wx-server-sdk (baseline)', ms(sdk), '1.00', '', ''],
    ['empty function (cloud.init only)', '', '', ms(floor), (floor / sdk).toFixed(2)],
  ]
  for (const name of functions) {
    const alone = m(`${name}/alone`)
    const after = m(`${name}/afterSdk`)
    record(`cloudfunctions/${name} alone`, alone, 'ms', 'wx-server-sdk')
    record(`cloudfunctions/${name} after the SDK`, after, 'ms', 'wx-server-sdk')
    rows.push([`cloudfunctions/${name}`, ms(alone), (alone / sdk).toFixed(2), ms(after), (after / sdk).toFixed(2)])
  }
  table(rows)
}
