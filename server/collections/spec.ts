export interface CollectionSpec {
  name: string
  /** Why it exists, and how long its records must be kept. */
  purpose: string
  indexes: Array<Record<string, 1 | -1>>
}
