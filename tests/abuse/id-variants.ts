/**
 * Inputs that name one record the caller has no business with and otherwise only their own:
 * every id field of the action's schema set to the caller's own record of that kind, except one,
 * set to someone else's. So each id is proved to be checked on its own, not only the first.
 */
import { clone, setAt, type Json } from './payloads'
import { idFields, type Shape } from './schema'
import type { ForeignIds } from './values'

export interface IdVariant {
  /** The id field under test, e.g. `expected.memberIds.[]`. */
  field: string
  kind: string
  id: string
  input: unknown
}

function has(root: unknown, path: string[]): boolean {
  let node: unknown = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return false
    if (key === '[]' && !Array.isArray(node)) return false
    node = key === '[]' ? (node as unknown[])[0] : (node as Record<string, unknown>)[key]
    if (node === undefined) return false
  }
  return true
}

/** The id fields a valid input uses. */
export function idPaths(shape: Shape, base: unknown): Array<{ path: string[]; kind: string }> {
  return idFields(shape)
    .filter((p) => has(base, p.path))
    .map((p) => ({ path: p.path, kind: p.shape.idOf as string }))
}

/** Every id field of the schema (`a.[].b`), whichever variant or optional part it is in. */
export function allIdFields(shape: Shape): string[] {
  return [...new Set(idFields(shape).map((p) => p.path.join('.')))]
}

function put(root: Json, path: string[], id: string): void {
  const arrayAt = path.indexOf('[]')
  if (arrayAt === path.length - 1) setAt(root, path.slice(0, -1), [id])
  else setAt(root, path, id)
}

/**
 * One input per (id field, foreign id of its kind). Throws when a kind has no planted ids, so a
 * new kind of record cannot go untested.
 */
export function idVariants(shape: Shape, base: unknown, own: ForeignIds, foreign: ForeignIds): IdVariant[] {
  const paths = idPaths(shape, base)
  const out: IdVariant[] = []
  for (const target of paths) {
    const others = foreign[target.kind]
    if (!others?.length) throw new Error(`no planted ids of kind ${target.kind}: add some in tests/abuse/foreign.ts`)
    for (const id of others) {
      const input = clone((base ?? {}) as Json)
      for (const p of paths) {
        const mine = own[p.kind]?.[0]
        if (!mine) throw new Error(`no own ids of kind ${p.kind}: add some in tests/abuse/foreign.ts`)
        put(input, p.path, p === target ? id : mine)
      }
      out.push({ field: target.path.join('.'), kind: target.kind, id, input })
    }
  }
  return out
}
