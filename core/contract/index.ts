/**
 * Every cloud function's actions: who may call each, its input schema and its result type.
 * The cloud functions route and validate with it; the app's client is typed by it.
 */
import type * as v from 'valibot'
import type { ActionMap, ActionSpec } from './define'
import { adminActivityActions, memberActivityActions, secretaryActivityActions } from './activity'
import { adminAppraisalActions, memberAppraisalActions, secretaryAppraisalActions } from './appraisal'
import { adminAttendanceActions, secretaryAttendanceActions } from './attendance'
import { adminDuesActions, memberDuesActions, secretaryDuesActions } from './dues'
import { memberHomeActions } from './home'
import { memberMinutesActions, secretaryMinutesActions } from './minutes'
import { adminNotifyActions, memberNotifyActions, secretaryNotifyActions } from './notify'
import { secretaryOverviewActions } from './overview'
import { adminOrgActions, memberOrgActions, secretaryOrgActions } from './org'
import { memberProxyActions, secretaryProxyActions } from './proxy'
import { sessionActions } from './session'
import { adminStudyActions, memberStudyActions, secretaryStudyActions } from './study'
import { secretaryVoteActions } from './vote'
import { adminTalkActions, memberTalkActions, secretaryTalkActions } from './talk'
import { adminOrglifeActions, memberOrglifeActions, secretaryOrglifeActions } from './orglife'
import { adminDevelopActions, secretaryDevelopActions } from './develop'
import { adminTransferActions, secretaryTransferActions } from './transfer'
import { adminQuizActions, memberQuizActions, secretaryQuizActions } from './quiz'

export const contract = {
  /** Called by members (and by anyone not yet bound, for binding). */
  member: {
    ...sessionActions,
    ...memberOrgActions,
    ...memberActivityActions,
    ...memberStudyActions,
    ...memberDuesActions,
    ...memberHomeActions,
    ...memberNotifyActions,
    ...memberProxyActions,
    ...memberMinutesActions,
    ...memberAppraisalActions,
    ...memberTalkActions,
    ...memberOrglifeActions,
    ...memberQuizActions,
  },
  /** Called by branch secretaries and their delegated 支委; admins too. */
  secretary: {
    ...secretaryOrgActions,
    ...secretaryActivityActions,
    ...secretaryStudyActions,
    ...secretaryDuesActions,
    ...secretaryOverviewActions,
    ...secretaryNotifyActions,
    ...secretaryAttendanceActions,
    ...secretaryProxyActions,
    ...secretaryMinutesActions,
    ...secretaryAppraisalActions,
    ...secretaryVoteActions,
    ...secretaryTalkActions,
    ...secretaryOrglifeActions,
    ...secretaryDevelopActions,
    ...secretaryTransferActions,
    ...secretaryQuizActions,
  },
  /** Called by the bureau's party committee office. */
  admin: {
    ...adminOrgActions,
    ...adminActivityActions,
    ...adminStudyActions,
    ...adminDuesActions,
    ...adminNotifyActions,
    ...adminAttendanceActions,
    ...adminAppraisalActions,
    ...adminTalkActions,
    ...adminOrglifeActions,
    ...adminDevelopActions,
    ...adminTransferActions,
    ...adminQuizActions,
  },
} satisfies Record<string, ActionMap>

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
type SpecOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionSpec
  ? Contract[F][A]
  : never
export type InputOf<F extends FunctionName, A extends ActionName<F>> = v.InferInput<SpecOf<F, A>['input']>
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = NonNullable<SpecOf<F, A>['output']>

export type { Access, ActionSpec, ActionMap } from './define'
export type { Session, Role } from './session'
export type * from './org'
export { ROLE_LABELS, DUES_CATEGORY_LABELS, ORG_KIND_LABELS } from './org'
