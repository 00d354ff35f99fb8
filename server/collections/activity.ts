import type { CollectionSpec } from './spec'

/** Activity days, attendance, leave and 补学 (issue 4). */
export const ACTIVITY_COLLECTIONS = [] as const satisfies readonly CollectionSpec[]
