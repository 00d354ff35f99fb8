/**
 * Every collection of the cloud database, with the indexes its queries need. The client
 * reads none of them directly: each cloud function is the authorization boundary, so every
 * collection's permission rule is `{ "read": false, "write": false }`.
 */
import { ACTIVITY_COLLECTIONS } from './activity'
import { ATTENDANCE_COLLECTIONS } from './attendance'
import { DUES_COLLECTIONS } from './dues'
import { NOTIFY_COLLECTIONS } from './notify'
import { ORG_COLLECTIONS } from './org'
import type { CollectionSpec } from './spec'
import { STUDY_COLLECTIONS } from './study'

export type { CollectionSpec } from './spec'

export const COLLECTIONS: readonly CollectionSpec[] = [
  ...ORG_COLLECTIONS,
  ...ACTIVITY_COLLECTIONS,
  ...STUDY_COLLECTIONS,
  ...DUES_COLLECTIONS,
  ...NOTIFY_COLLECTIONS,
  ...ATTENDANCE_COLLECTIONS,
]

export const COLLECTION_NAMES: string[] = COLLECTIONS.map((c) => c.name)

export const PERMISSION_RULE = { read: false, write: false } as const
