/**
 * Generated payloads for one action: a valid input (the matrix cell's, or one derived from the
 * schema) with one to three mutations at paths the schema names — a bad value, a valid but
 * unusual one, a missing field, an extra field — or an input derived from the schema alone, or,
 * now and then, an input that is not an object at all. Seeded: the same seed
 * gives the same payloads.
 */
import fc from 'fast-check'
import { walk, type Shape } from './schema'
import { badValue, validValue, type ForeignIds } from './values'

export interface Payload {
  input: unknown
  /** What was done to the valid input, for the report (`wrong type at months.[]`). */
  mutations: string[]
}

export type Json = Record<string, unknown> | unknown[]

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  '$where',
  '_id',
  'openid',
  'memberId',
  'branchId',
  'isAdmin',
  'a.b',
  '$set',
]

const WHOLE_INPUTS: unknown[] = [null, 'x', 42, [], [{}], true, { $where: '1' }]

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null
}

/** Walks to the parent of `path`, creating objects and one-element arrays on the way. */
function parentOf(root: Json, path: string[]): { parent: Json; key: string | number } | null {
  let node: Json = root
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] === '[]' || path[i] === '{}' ? 0 : path[i]
    const next: unknown = Array.isArray(node) ? node[Number(key)] : node[String(key)]
    const wantArray = path[i + 1] === '[]'
    if (!isContainer(next) || Array.isArray(next) !== wantArray) {
      const created: Json = wantArray ? [] : {}
      if (Array.isArray(node)) node[Number(key)] = created
      else node[String(key)] = created
      node = created
    } else node = next
  }
  const last = path[path.length - 1]
  return { parent: node, key: last === '[]' ? 0 : last === '{}' ? 'activity' : last }
}

export function setAt(root: Json, path: string[], shared: unknown): void {
  const at = parentOf(root, path)
  if (!at) return
  // A copy: the generators hand out the same objects again (an operator, an empty array), and a
  // later mutation writing into one would otherwise tie the payload into a circle.
  const value = isContainer(shared) ? structuredClone(shared) : shared
  if (Array.isArray(at.parent)) at.parent[Number(at.key)] = value
  else Object.defineProperty(at.parent, String(at.key), { value, enumerable: true, writable: true, configurable: true })
}

function deleteAt(root: Json, path: string[]): void {
  const at = parentOf(root, path)
  if (!at) return
  if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1)
  else delete at.parent[String(at.key)]
}

type Mutation = (root: Json) => string

function mutation(shape: Shape, foreign: ForeignIds): fc.Arbitrary<Mutation> {
  const paths = walk(shape)
  const leafPaths = paths.filter((p) => p.path.length > 0)
  const objects = paths.filter((p) => p.shape.kind === 'object')
  const options: Array<fc.Arbitrary<Mutation>> = []
  if (leafPaths.length > 0) {
    const set = fc
      .constantFrom(...leafPaths)
      .chain((p) => badValue(p.shape, foreign).map((bad) => ({ p, bad })))
      .map(({ p, bad }): Mutation => {
        return (root) => {
          setAt(root, p.path, bad.value)
          return `${bad.kind} at ${p.path.join('.')}`
        }
      })
    const drop = fc.constantFrom(...leafPaths).map((p): Mutation => (root) => {
      deleteAt(root, p.path)
      return `missing ${p.path.join('.')}`
    })
    const edge = fc
      .constantFrom(...leafPaths)
      .chain((p) => validValue(p.shape, foreign).map((value) => ({ p, value })))
      .map(({ p, value }): Mutation => {
        return (root) => {
          setAt(root, p.path, value)
          return `valid edge value at ${p.path.join('.')}`
        }
      })
    options.push(set, set, set, drop, edge, edge)
  }
  const extra = fc
    .tuple(fc.constantFrom(...objects), fc.constantFrom(...EXTRA_KEYS), badValue({ kind: 'unknown' }, foreign))
    .map(([p, key, bad]): Mutation => (root) => {
      setAt(root, [...p.path, key], bad.value)
      return `extra field ${[...p.path, key].join('.')}`
    })
  options.push(extra)
  return fc.oneof(...options)
}

/** Payloads for one action: mostly mutated valid inputs, sometimes a whole input of the wrong kind. */
export function payloads(shape: Shape, base: unknown, foreign: ForeignIds): fc.Arbitrary<Payload> {
  const start = fc.oneof(
    { weight: 3, arbitrary: fc.constant(base) },
    { weight: 1, arbitrary: validValue(shape, foreign) },
  )
  const mutated = fc
    .tuple(start, fc.array(mutation(shape, foreign), { minLength: 1, maxLength: 3 }))
    .map(([valid, mutations]): Payload => {
      const root = (isContainer(valid) ? clone(valid) : {}) as Json
      return { input: root, mutations: mutations.map((m) => m(root)) }
    })
  const generated = validValue(shape, foreign).map((input): Payload => ({
    input,
    mutations: ['generated from the schema'],
  }))
  const whole = fc.constantFrom(...WHOLE_INPUTS).map((input): Payload => ({ input, mutations: ['not an object'] }))
  return fc.oneof(
    { weight: 12, arbitrary: mutated },
    { weight: 3, arbitrary: generated },
    { weight: 1, arbitrary: whole },
  )
}

/** A seed for one (action, identity) from the run's seed: the same run seed, the same payloads. */
export function subSeed(seed: number, label: string): number {
  let h = seed | 0
  for (const ch of label) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0
  return h
}

export function samplePayloads(arb: fc.Arbitrary<Payload>, seed: number, count: number): Payload[] {
  return count <= 0 ? [] : fc.sample(arb, { seed, numRuns: count })
}
