/**
 * 会议记录: what happened at a meeting, beside who came (which the sign-in already holds). The
 * 支部工作手册 keeps minutes for 三会一课, 主题党日, 组织生活会 and 民主评议党员; a confirmed record
 * is changed only by a dated amendment with its reason, never overwritten.
 */
import type { ActivityType } from '../activity/types'

/** The activity types a branch keeps minutes of. */
export const MINUTES_TYPES = [
  'generalMeeting',
  'committeeMeeting',
  'groupMeeting',
  'partyLecture',
  'themeDay',
  'lifeMeeting',
  'democraticReview',
] as const satisfies readonly ActivityType[]

export function takesMinutes(type: ActivityType): boolean {
  return (MINUTES_TYPES as readonly ActivityType[]).includes(type)
}

export type MinutesStatus = 'draft' | 'confirmed'

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draft: '草稿',
  confirmed: '已确认',
}

/** The fields a person writes, as the paper handbook names them. */
export type MinutesField = 'hostId' | 'recorderId' | 'topics' | 'summary' | 'resolutions' | 'photos' | 'attachments'

export const MINUTES_FIELD_LABELS: Record<MinutesField, string> = {
  hostId: '主持人',
  recorderId: '记录人',
  topics: '议题',
  summary: '发言要点 / 内容摘要',
  resolutions: '决议事项',
  photos: '照片',
  attachments: '附件',
}

export const MINUTES_FIELDS = Object.keys(MINUTES_FIELD_LABELS) as MinutesField[]
