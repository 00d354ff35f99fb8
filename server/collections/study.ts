import type { CollectionSpec } from './spec'

/** Reading lists and study check-ins (issue 5). */
export const STUDY_COLLECTIONS = [] as const satisfies readonly CollectionSpec[]
