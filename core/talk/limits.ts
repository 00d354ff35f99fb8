/** How much 谈心谈话 may hold; the app's fields and the cloud's checks read these. */
export const TALK_LIMITS = {
  /** The notes only the two people read. */
  notes: 500,
  /** Why a record is corrected or withdrawn. */
  reason: 100,
  reasonMin: 2,
  /** A 组织生活会 this close with coverage incomplete puts 谈心谈话 on the secretary's 支部待办. */
  nudgeDays: 30,
} as const
