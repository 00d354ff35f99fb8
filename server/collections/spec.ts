/**
 * A CloudBase security rule for the mini-program's direct access to a collection: each
 * operation (`read`, `write`, or the finer `create` / `update` / `delete`) allowed always,
 * never, or when an expression such as `doc._openid == auth.openid` holds. Cloud functions are
 * not bound by it.
 */
export type PermissionRule = Partial<Record<'read' | 'write' | 'create' | 'update' | 'delete', boolean | string>>

export interface CollectionSpec {
  name: string
  /** Why it exists, and how long its records must be kept. */
  purpose: string
  /** Compound indexes, each `{ field: 1 | -1, … }` in key order; `_id` is indexed already. */
  indexes: Array<Record<string, 1 | -1>>
  /**
   * Set on a collection that records nothing anyone did: what the functions derive from other
   * records and make again on demand (a cache). Says why; writes to it are not audited.
   */
  derived?: string
  /** Direct access from the mini-program; absent = none (NO_CLIENT_ACCESS). */
  rule?: PermissionRule
}
