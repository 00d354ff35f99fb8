import type { CollectionSpec } from './spec'

/** Party dues: amounts, bills, payments (issue 6). */
export const DUES_COLLECTIONS = [] as const satisfies readonly CollectionSpec[]
