/**
 * Cold-start cost of each bundled cloud function: the time to `require` its index.js with
 * wx-server-sdk replaced by an empty stand-in, beside the time to require wx-server-sdk
 * itself, each in a fresh Node process, measured in the same run.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { median, ms, table } from '../stats'

const RUNS = 5

const STUBBED = `
const Module = require('module')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'wx-server-sdk' ? require.resolve('./bench/sdk-stub.cjs', { paths: [process.cwd()] }) : resolve.call(this, request, ...rest)
}
const t = process.hrtime.bigint()
require(process.argv[1])
console.log(Number(process.hrtime.bigint() - t) / 1e6)
`
const SDK = `
const t = process.hrtime.bigint()
require('wx-server-sdk')
console.log(Number(process.hrtime.bigint() - t) / 1e6)
`

function timeIt(script: string, arg: string): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    times.push(Number(execFileSync(process.execPath, ['-e', script, arg], { encoding: 'utf8' }).trim()))
  }
  return median(times)
}

export default async function requireTimes(): Promise<void> {
  const root = resolve(__dirname, '../..')
  console.log(`\n云函数冷启动：require 耗时（${RUNS} 次取中位数，各在新进程中）`)
  const functionsDir = join(root, 'cloudfunctions')
  const rows: Array<Array<string>> = [['module', 'require']]
  rows.push(['wx-server-sdk (baseline)', ms(timeIt(SDK, ''))])
  for (const name of readdirSync(functionsDir)) {
    const file = join(functionsDir, name, 'index.js')
    if (existsSync(file)) rows.push([`cloudfunctions/${name}`, ms(timeIt(STUBBED, file))])
  }
  table(rows)
}
