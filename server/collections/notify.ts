import type { CollectionSpec } from './spec'

/** Notices, inbox, authorizations and the reminder outbox (issue 10). */
export const NOTIFY_COLLECTIONS = [] as const satisfies readonly CollectionSpec[]
