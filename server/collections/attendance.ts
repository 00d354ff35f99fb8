import type { CollectionSpec } from './spec'

/** Attendance summaries and exports (issue 11), if any are needed. */
export const ATTENDANCE_COLLECTIONS = [] as const satisfies readonly CollectionSpec[]
