import type { MinutesField, MinutesStatus } from '../../../core/minutes/types'

/** The values of the fields a person writes. */
export interface MinutesContent {
  hostId: string | null
  recorderId: string | null
  topics: string
  summary: string
  resolutions: string
  photos: string[]
  attachments: Array<{ title: string; fileID: string }>
}

/** 会议记录, `_id` = the activity's. Confirmed minutes change only by amendment; each keeps what it replaced. */
export interface MinutesDoc extends MinutesContent {
  _id: string
  activityId: string
  branchId: string
  status: MinutesStatus
  createdAt: number
  createdById: string | null
  updatedAt: number
  updatedById: string | null
  updatedByName: string
  confirmedAt: number | null
  confirmedById: string | null
  confirmedByName: string | null
  /** Whether the content check asked for a person to look at the text. */
  contentVerdict: 'pass' | 'review'
  amendments: Array<{
    at: number
    byId: string | null
    byName: string
    reason: string
    /** The fields changed, each with what it held before. */
    before: Partial<MinutesContent>
    fields: MinutesField[]
  }>
}
