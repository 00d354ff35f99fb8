/**
 * Every collection of the cloud database, with the indexes its queries need: the local cloud
 * creates them, `npm run deploy` creates them with their indexes and permission rules in WeChat.
 * The client reads none of them directly: each cloud function is the authorization boundary,
 * so every collection's permission rule is `{ "read": false, "write": false }` unless its
 * declaration says otherwise.
 */
import { ACTIVITY_COLLECTIONS } from './activity'
import { APPRAISAL_COLLECTIONS } from './appraisal'
import { ATTENDANCE_COLLECTIONS } from './attendance'
import { DUES_COLLECTIONS } from './dues'
import { MINUTES_COLLECTIONS } from './minutes'
import { NOTIFY_COLLECTIONS } from './notify'
import { ORG_COLLECTIONS } from './org'
import { PROXY_COLLECTIONS } from './proxy'
import { VOTE_COLLECTIONS } from './vote'
import type { CollectionSpec, PermissionRule } from './spec'
import { STUDY_COLLECTIONS } from './study'
import { TALK_COLLECTIONS } from './talk'
import { ORGLIFE_COLLECTIONS } from './orglife'
import { DEVELOP_COLLECTIONS } from './develop'
import { TRANSFER_COLLECTIONS } from './transfer'
import { QUIZ_COLLECTIONS } from './quiz'

export type { CollectionSpec, PermissionRule } from './spec'

export const COLLECTIONS: readonly CollectionSpec[] = [
  ...ORG_COLLECTIONS,
  ...ACTIVITY_COLLECTIONS,
  ...STUDY_COLLECTIONS,
  ...DUES_COLLECTIONS,
  ...NOTIFY_COLLECTIONS,
  ...ATTENDANCE_COLLECTIONS,
  ...PROXY_COLLECTIONS,
  ...MINUTES_COLLECTIONS,
  ...APPRAISAL_COLLECTIONS,
  ...VOTE_COLLECTIONS,
  ...TALK_COLLECTIONS,
  ...ORGLIFE_COLLECTIONS,
  ...DEVELOP_COLLECTIONS,
  ...TRANSFER_COLLECTIONS,
  ...QUIZ_COLLECTIONS,
]

export const COLLECTION_NAMES: string[] = COLLECTIONS.map((c) => c.name)

/** The mini-program may neither read nor write: everything goes through the cloud functions. */
export const NO_CLIENT_ACCESS: PermissionRule = { read: false, write: false }

export function ruleOf(spec: CollectionSpec): PermissionRule {
  return spec.rule ?? NO_CLIENT_ACCESS
}
