/**
 * 会议记录 (issue 24): a meeting's minutes, written by the branch's officers after it and read by
 * the members expected at it. 应到 / 实到 / 请假 / 缺席 come from the sign-in, never typed.
 */
import * as v from 'valibot'
import type { ActivitySummary } from './activity-views'
import { MINUTES_LIMITS } from '../minutes/limits'
import type { MinutesField, MinutesStatus } from '../minutes/types'
import { action } from './define'
import { docId, optionalText, text } from './fields'
import type { MotionView } from './vote'

export { MINUTES_LIMITS } from '../minutes/limits'
export { MINUTES_FIELD_LABELS, MINUTES_STATUS_LABELS, MINUTES_TYPES, takesMinutes } from '../minutes/types'
export type { MinutesField, MinutesStatus } from '../minutes/types'

export interface MinutesFile {
  fileID: string
  /** A temporary link to show or open it; null when storage could not give one. */
  url: string | null
}

export interface MinutesAmendment {
  at: number
  byName: string
  reason: string
  /** The fields it changed, in words (主持人, 决议事项 …). */
  fields: string[]
}

export interface MinutesView {
  status: MinutesStatus
  host: { id: string; name: string } | null
  recorder: { id: string; name: string } | null
  topics: string
  summary: string
  resolutions: string
  photos: MinutesFile[]
  attachments: Array<MinutesFile & { title: string }>
  updatedAt: number
  updatedByName: string
  confirmedAt: number | null
  confirmedByName: string | null
  /** Changes after confirmation, oldest first. */
  amendments: MinutesAmendment[]
}

/** Who came, from the sign-in: names in the roster's order. */
export interface MinutesAttendance {
  expected: number
  present: string[]
  onLeave: string[]
  /** Leave asked and not decided (only before the activity is closed). */
  leavePending: string[]
  absent: string[]
}

/** The officers' screen: the activity, who came, the minutes (null before the first save) and what may be done. */
export interface MinutesPage {
  activity: ActivitySummary & { branchName: string }
  attendance: MinutesAttendance
  minutes: MinutesView | null
  /** A 支部党员大会's motions and what each came to (表决, entered on its own screen); empty otherwise. */
  votes: MotionView[]
  /** The branch's members, for 主持人 and 记录人. */
  people: Array<{ id: string; name: string }>
  can: { save: boolean; confirm: boolean; amend: boolean }
  /** Why confirming is not possible yet, in words; null when it is. */
  confirmBlocked: string | null
}

/** A member's reading: the meeting, who came and the confirmed minutes (null while none are confirmed). */
export interface MinutesReading {
  activity: ActivitySummary & { branchName: string }
  attendance: MinutesAttendance
  minutes: MinutesView | null
  /** A 支部党员大会's motions and their results, read-only; empty otherwise. */
  votes: MotionView[]
}

const activityId = docId('活动')
const person = (label: string) => v.optional(v.nullable(docId(label)), null)
const fileID = v.pipe(v.string('文件不对'), v.startsWith('cloud://', '文件不对'), v.maxLength(500, '文件不对'))

/** What the officer writes; a draft may leave any of it empty. */
const minutesFields = {
  hostId: person('主持人'),
  recorderId: person('记录人'),
  topics: optionalText('议题', MINUTES_LIMITS.topics),
  summary: optionalText('发言要点', MINUTES_LIMITS.summary),
  resolutions: optionalText('决议事项', MINUTES_LIMITS.resolutions),
  photos: v.optional(
    v.pipe(v.array(fileID, '照片不对'), v.maxLength(MINUTES_LIMITS.photos, `照片最多${MINUTES_LIMITS.photos}张`)),
    [],
  ),
  attachments: v.optional(
    v.pipe(
      v.array(v.object({ title: text('附件名称', MINUTES_LIMITS.attachmentTitle), fileID }), '附件不对'),
      v.maxLength(MINUTES_LIMITS.attachments, `附件最多${MINUTES_LIMITS.attachments}个`),
    ),
    [],
  ),
}

export type MinutesInput = { [K in MinutesField]: v.InferOutput<(typeof minutesFields)[K]> }

export const secretaryMinutesActions = {
  /** 会议记录 for one meeting: who came (from the sign-in), the minutes and what may be done. */
  'minutes.get': action<MinutesPage>()('secretary', v.object({ activityId })),
  /** Keeps a draft (before confirmation); every field as it stands on the form. */
  'minutes.save': action<MinutesPage>()('secretary', v.object({ activityId, ...minutesFields })),
  /** Confirms the draft once the meeting is closed: members can read it; later changes are amendments. */
  'minutes.confirm': action<MinutesPage>()('secretary', v.object({ activityId })),
  /** Changes confirmed minutes: a dated amendment with its reason; what was there before is kept. */
  'minutes.amend': action<MinutesPage>()(
    'secretary',
    v.object({
      activityId,
      reason: text('修改原因', MINUTES_LIMITS.reason, MINUTES_LIMITS.reasonMin),
      ...minutesFields,
    }),
  ),
}

export const memberMinutesActions = {
  /** The confirmed minutes of a meeting I was expected at. */
  'minutes.read': action<MinutesReading>()('member', v.object({ activityId })),
}
