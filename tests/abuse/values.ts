/**
 * Values for generated payloads: valid ones derived from a field's shape, and the bad ones an
 * attacker or a broken client sends — wrong types, huge strings and arrays, unicode edge cases,
 * numbers at and past their bounds, NaN/Infinity as text, other branches' ids, and MongoDB/EJSON
 * operators where a string belongs.
 */
import fc from 'fast-check'
import type { Shape } from './schema'

/** Ids of records the caller has no business with, by the kind `docId(label)` names. */
export type ForeignIds = Record<string, string[]>

/** Each bad value says what kind of abuse it is, for the report. */
export interface Bad {
  kind: string
  value: unknown
}

export const UNICODE_EDGES = [
  '👨‍👩‍👧‍👦🇨🇳',
  '\u202Eabc\u202C',
  '\u200F\u200E',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uDFFFx',
  'e\u0301'.repeat(300),
  '\u200B\uFEFF',
  '１２３４５６',
  '   ',
  '\n\r\t',
  '𠀀𪚥',
  '<script>alert(1)</script>',
  "'; db.dropDatabase(); '",
  '../../etc/passwd',
]

export const OPERATORS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000) || true' },
  { $regex: '.*' },
  { $in: ['m-ta-1', 'm-tb-1'] },
  { $exists: true },
  { $numberInt: '1' },
  { $date: '2026-01-01T00:00:00Z' },
  { $oid: '000000000000000000000000' },
  { $tcb_server_date: { offset: 0 } },
  '{"$gt": ""}',
  '$where',
  '{"$regex": ".*"}',
  '.*',
  '$set',
]

/** Values in the example's format that are valid yet far from ordinary: year 0, 9999, leap days, midnight. */
function formatEdges(example: string): string[] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(example)) {
    return ['0000-01-01', '1900-02-28', '1970-01-01', '2000-02-29', '2028-02-29', '2099-12-31', '9999-12-31']
  }
  if (/^\d{4}-\d{2}$/.test(example)) return ['0000-01', '1970-01', '2000-02', '2099-12', '9999-12']
  if (/^\d{2}:\d{2}$/.test(example)) return ['00:00', '23:59', '12:00']
  return []
}

const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 1.5, '', 'x', [], {}, [1, 2], { a: 1 }, '0', 'true']

function typeOk(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
    case 'variant':
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return false
  }
}

function numberEdges(shape: Extract<Shape, { kind: 'number' }>): number[] {
  const edges = [0, -0, -1, 0.5, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER - 1, 1e308, -1e308, 5e-324]
  for (const bound of [shape.min, shape.max]) {
    if (bound !== null) edges.push(bound, bound - 1, bound + 1, bound - 0.5, bound + 0.5)
  }
  return edges
}

/** A value the schema accepts (ids of other people's records included: valid is not entitled). */
export function validValue(shape: Shape, foreign: ForeignIds): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string': {
      if (shape.idOf) {
        const ids = foreign[shape.idOf] ?? []
        return ids.length > 0 ? fc.constantFrom(...ids) : fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
      }
      if (shape.example) return fc.constantFrom(shape.example, ...formatEdges(shape.example))
      if (shape.pattern) return fc.stringMatching(shape.pattern).filter((s) => s.length <= (shape.max ?? 64))
      const max = Math.max(shape.min, Math.min(shape.max ?? 40, 40))
      const body = fc.string({ minLength: Math.max(shape.min, 1), maxLength: max, unit: 'grapheme' })
      return shape.startsWith ? body.map((s) => `${shape.startsWith}${s}`) : body
    }
    case 'number': {
      const min = shape.min ?? -1e6
      const max = shape.max ?? 1e6
      return shape.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
    }
    case 'boolean':
      return fc.boolean()
    case 'literal':
      return fc.constant(shape.value)
    case 'picklist':
      return fc.constantFrom(...shape.options)
    case 'variant':
      return fc.oneof(...shape.options.map((o) => validValue(o, foreign)))
    case 'array':
      return fc.array(validValue(shape.item, foreign), {
        minLength: shape.min,
        maxLength: Math.max(shape.min, Math.min(shape.max ?? 3, 3)),
      })
    case 'record':
      return fc.dictionary(validValue(shape.key, foreign) as fc.Arbitrary<string>, validValue(shape.value, foreign), {
        maxKeys: 3,
      })
    case 'object': {
      const entries = Object.entries(shape.entries)
      const model = Object.fromEntries(
        entries.map(([k, f]) => [
          k,
          f.nullable ? fc.oneof(validValue(f.shape, foreign), fc.constant(null)) : validValue(f.shape, foreign),
        ]),
      )
      const requiredKeys = entries.filter(([, f]) => !f.optional).map(([k]) => k)
      return fc.record(model, { requiredKeys })
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

const tag = (kind: string, arb: fc.Arbitrary<unknown>): fc.Arbitrary<Bad> => arb.map((value) => ({ kind, value }))

/** About three times WeChat's 1 MB request limit. */
const HUGE_ARRAY_CHARS = 3_000_000

/** Something wrong for a field of this shape. */
export function badValue(shape: Shape, foreign: ForeignIds): fc.Arbitrary<Bad> {
  const options: Array<fc.Arbitrary<Bad>> = [
    tag('wrong type', fc.constantFrom(...WRONG_TYPES.filter((w) => !typeOk(shape, w)))),
    tag('operator', fc.constantFrom(...OPERATORS)),
    tag('NaN/Infinity as text', fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x10', ' 1 ')),
    tag(
      'deep nesting',
      fc.integer({ min: 50, max: 2000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
    ),
  ]
  if (shape.kind === 'string') {
    const max = shape.max ?? 200
    options.push(
      tag(
        'huge string',
        fc
          .constantFrom(max + 1, 5_000, 100_000, 600_000, 1_100_000)
          .chain((n) => fc.constantFrom('x', '党', '👍', ' ').map((unit) => unit.repeat(n))),
      ),
      tag('unicode edge', fc.constantFrom(...UNICODE_EDGES)),
      tag(
        'unicode inside a valid value',
        fc
          .tuple(validValue(shape, foreign), fc.constantFrom(...UNICODE_EDGES), fc.boolean())
          .map(([valid, edge, before]) => (before ? `${edge}${String(valid)}` : `${String(valid)}${edge}`)),
      ),
      tag('other branch id', fc.constantFrom(...Object.values(foreign).flat(), 'org-tb', 'm-tb-1', 'act-b')),
    )
  }
  if (shape.kind === 'number') {
    options.push(tag('number at or past a bound', fc.constantFrom(...numberEdges(shape))))
  }
  if (shape.kind === 'array') {
    options.push(
      tag(
        'huge array',
        fc
          .tuple(fc.constantFrom((shape.max ?? 100) + 1, 10_000, 100_000), validValue(shape.item, foreign))
          .map(([n, item]) => {
            // Past the bound and past WeChat's 1 MB body, but never past what a string can hold: a
            // hundred thousand large items once made a body JSON.stringify could not write.
            const itemSize = (JSON.stringify(item) ?? 'null').length + 1
            const fits = Math.max((shape.max ?? 100) + 1, Math.floor(HUGE_ARRAY_CHARS / itemSize))
            // Copies, not one object many times: a later mutation of one item must not reach them all.
            return Array.from({ length: Math.min(n, fits) }, () => structuredClone(item))
          }),
      ),
    )
  }
  return fc.oneof(...options)
}
