/**
 * Every figure a suite prints is also recorded here, with the baseline it was measured beside in
 * the same run, so that `npm run bench -- --json` can write them all down and `--compare` can
 * set two runs side by side.
 */
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem, type as osType, release, arch } from 'node:os'

export type Unit = 'ms' | 'B' | 'count'

export interface Figure {
  /** `<suite> / <what>`, stable from run to run. */
  key: string
  value: number
  unit: Unit
  /** Key of the figure in the same run that this one is printed beside. */
  baseline?: string
  /** value ÷ the baseline's value. */
  vsBaseline?: number
}

export interface Results {
  commit: string
  /** Whether the working tree had changes that are not in `commit`. */
  uncommitted: boolean
  startedAt: string
  machine: { os: string; cpu: string; cores: number; memoryGiB: number; node: string; loadAtStart: number[] }
  figures: Figure[]
}

const figures: Figure[] = []
let suite = ''

export function setSuite(name: string): void {
  suite = name
}

/** Records one figure of the current suite; `baseline` names another figure of the same suite. */
export function record(what: string, value: number, unit: Unit, baseline?: string): void {
  const key = `${suite} / ${what}`
  const figure: Figure = { key, value, unit }
  if (baseline !== undefined) {
    const base = figures.find((f) => f.key === `${suite} / ${baseline}`)
    if (!base) throw new Error(`baseline "${baseline}" of "${key}" was not recorded first`)
    figure.baseline = base.key
    figure.vsBaseline = base.value === 0 ? undefined : value / base.value
  }
  figures.push(figure)
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

export function machine(): Results['machine'] {
  return {
    os: `${osType()} ${release()} ${arch()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  }
}

export function results(startedAt: Date, machineAtStart: Results['machine']): Results {
  return {
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    uncommitted: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    startedAt: startedAt.toISOString(),
    machine: machineAtStart,
    figures,
  }
}
