/** `npm run bench -- --compare A.json B.json`: each figure of two recorded runs, and B ÷ A. */
import { readFileSync } from 'node:fs'
import type { Figure, Results } from './figures'
import { table } from './stats'

function format(figure: Figure | undefined): string {
  if (!figure) return '—'
  if (figure.unit === 'ms') return `${figure.value.toFixed(figure.value < 10 ? 1 : 0)} ms`
  if (figure.unit === 'B') return `${figure.value.toLocaleString('en-US')} B`
  return String(figure.value)
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || a === 0 ? '—' : `${(b / a).toFixed(2)}×`
}

function describe(label: string, run: Results): string {
  const m = run.machine
  const commit = `${run.commit.slice(0, 10)}${run.uncommitted ? ' + uncommitted changes' : ''}`
  return `${label}: ${commit}, ${run.startedAt}, ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, load ${m.loadAtStart.join(' ')}`
}

export function compare(fileA: string, fileB: string): void {
  const a = JSON.parse(readFileSync(fileA, 'utf8')) as Results
  const b = JSON.parse(readFileSync(fileB, 'utf8')) as Results
  console.log(describe(`A ${fileA}`, a))
  console.log(describe(`B ${fileB}`, b))
  const keys = [...new Set([...a.figures.map((f) => f.key), ...b.figures.map((f) => f.key)])]
  const rows: Array<Array<string>> = [['figure', 'A', 'B', 'B ÷ A', '÷ its baseline: A → B']]
  for (const key of keys) {
    const fa = a.figures.find((f) => f.key === key)
    const fb = b.figures.find((f) => f.key === key)
    const base = (f: Figure | undefined) => (f?.vsBaseline === undefined ? '—' : f.vsBaseline.toFixed(2))
    const vsBaseline = fa?.baseline || fb?.baseline ? `${base(fa)} → ${base(fb)}` : ''
    rows.push([key, format(fa), format(fb), ratio(fa?.value, fb?.value), vsBaseline])
  }
  table(rows)
  if (a.machine.cpu !== b.machine.cpu || a.machine.cores !== b.machine.cores) {
    console.log('\nThe two runs were on different machines: compare the ratios to each baseline, not the times.')
  }
}
