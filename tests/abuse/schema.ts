/**
 * Reads a valibot schema of the contract as plain data: what each field is, its bounds, and
 * which strings are record ids (`docId(label)`) or free text. The generators and the
 * "every action that takes an id" tests are derived from it, so a new action is covered as
 * soon as it is in core/contract.
 */
import type * as v from 'valibot'

export type Shape =
  | { kind: 'object'; entries: Record<string, Field> }
  | {
      kind: 'string'
      min: number
      max: number | null
      pattern: RegExp | null
      startsWith: string | null
      /** An example quoted in a check's message (“2026-03-06”), when a check guards the format. */
      example: string | null
      /** `docId(label)`: the kind of record the id names (活动, 党员, 缴费记录 …). */
      idOf: string | null
    }
  | { kind: 'number'; min: number | null; max: number | null; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'picklist'; options: Array<string | number> }
  | { kind: 'variant'; key: string; options: Array<Extract<Shape, { kind: 'object' }>> }
  | { kind: 'array'; item: Shape; min: number; max: number | null }
  | { kind: 'record'; key: Shape; value: Shape }
  | { kind: 'unknown' }

export interface Field {
  shape: Shape
  optional: boolean
  nullable: boolean
}

interface Node {
  type: string
  kind?: string
  message?: unknown
  requirement?: unknown
  pipe?: Node[]
  wrapped?: Node
  entries?: Record<string, Node>
  options?: unknown[]
  key?: unknown
  item?: Node
  value?: Node
  literal?: unknown
}

/** `docId(label)` is the only string schema whose pattern is exactly this. */
const DOC_ID_PATTERN = '/^[A-Za-z0-9_-]+$/'

function label(message: unknown): string | null {
  if (typeof message !== 'string') return null
  return /^(.+?)(不对|不能为空)$/.exec(message)?.[1] ?? null
}

function readString(node: Node): Shape {
  const shape = {
    kind: 'string' as const,
    min: 0,
    max: null as number | null,
    pattern: null as RegExp | null,
    startsWith: null as string | null,
    example: null as string | null,
    idOf: null as string | null,
  }
  for (const step of node.pipe ?? []) {
    if (step.type === 'min_length') shape.min = Math.max(shape.min, Number(step.requirement))
    if (step.type === 'max_length') shape.max = Math.min(shape.max ?? Infinity, Number(step.requirement))
    if (step.type === 'starts_with') shape.startsWith = String(step.requirement)
    if (step.type === 'regex' && step.requirement instanceof RegExp) {
      shape.pattern = step.requirement
      if (String(step.requirement) === DOC_ID_PATTERN) shape.idOf = label(step.message)
    }
    if (step.type === 'check' && typeof step.message === 'string') {
      shape.example = /“([^”]+)”/.exec(step.message)?.[1] ?? shape.example
    }
  }
  return shape
}

function readNumber(node: Node): Shape {
  const shape = { kind: 'number' as const, min: null as number | null, max: null as number | null, integer: false }
  for (const step of node.pipe ?? []) {
    if (step.type === 'min_value') shape.min = Math.max(shape.min ?? -Infinity, Number(step.requirement))
    if (step.type === 'max_value') shape.max = Math.min(shape.max ?? Infinity, Number(step.requirement))
    if (step.type === 'integer') shape.integer = true
  }
  return shape
}

function readArray(node: Node, item: Shape): Shape {
  const shape = { kind: 'array' as const, item, min: 0, max: null as number | null }
  for (const step of node.pipe ?? []) {
    if (step.type === 'min_length') shape.min = Number(step.requirement)
    if (step.type === 'max_length') shape.max = Number(step.requirement)
  }
  return shape
}

/** The field a (possibly wrapped) schema describes. */
export function readField(schema: v.GenericSchema | Node): Field {
  let node = schema as Node
  let optional = false
  let nullable = false
  for (;;) {
    if (node.type === 'optional' || node.type === 'exact_optional') optional = true
    else if (node.type === 'nullable') nullable = true
    else if (node.type === 'nullish') optional = nullable = true
    else break
    node = node.wrapped as Node
  }
  return { shape: readShape(node), optional, nullable }
}

function readShape(node: Node): Shape {
  switch (node.type) {
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return {
        kind: 'object',
        entries: Object.fromEntries(Object.entries(node.entries ?? {}).map(([k, e]) => [k, readField(e)])),
      }
    case 'string':
      return readString(node)
    case 'number':
      return readNumber(node)
    case 'boolean':
      return { kind: 'boolean' }
    case 'literal':
      return { kind: 'literal', value: node.literal as string | number | boolean }
    case 'picklist':
      return { kind: 'picklist', options: node.options as Array<string | number> }
    case 'variant':
      return {
        kind: 'variant',
        key: String(node.key),
        options: (node.options as Node[]).map((o) => readShape(o) as Extract<Shape, { kind: 'object' }>),
      }
    case 'array':
      return readArray(node, readField(node.item as Node).shape)
    case 'record':
      return { kind: 'record', key: readShape(node.key as Node), value: readField(node.value as Node).shape }
    default:
      return { kind: 'unknown' }
  }
}

export interface PathOf<S extends Shape = Shape> {
  /** Keys from the input's root; `[]` stands for "an element of the array". */
  path: string[]
  shape: S
}

/** Every leaf and container under a shape, with its path (array elements as `[]`). */
export function walk(shape: Shape, path: string[] = []): PathOf[] {
  const here: PathOf = { path, shape }
  switch (shape.kind) {
    case 'object':
      return [here, ...Object.entries(shape.entries).flatMap(([k, f]) => walk(f.shape, [...path, k]))]
    case 'variant':
      return [here, ...shape.options.flatMap((o) => walk(o, path).slice(1))]
    case 'array':
      return [here, ...walk(shape.item, [...path, '[]'])]
    case 'record':
      return [here, ...walk(shape.value, [...path, '{}'])]
    default:
      return [here]
  }
}

export type StringShape = Extract<Shape, { kind: 'string' }>

/** The record ids an input names, by path (`docId` fields only, at the top level or nested). */
export function idFields(shape: Shape): Array<PathOf<StringShape>> {
  return walk(shape).filter((p): p is PathOf<StringShape> => p.shape.kind === 'string' && p.shape.idOf !== null)
}

/**
 * Strings a person writes in their own words: no id, pattern, prefix or example format.
 * Record keys and picklists are not strings here.
 */
export function textFields(shape: Shape): Array<PathOf<StringShape>> {
  return walk(shape).filter(
    (p): p is PathOf<StringShape> =>
      p.shape.kind === 'string' &&
      p.shape.idOf === null &&
      p.shape.pattern === null &&
      p.shape.startsWith === null &&
      p.shape.example === null,
  )
}
