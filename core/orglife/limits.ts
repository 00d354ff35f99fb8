/** How much 组织生活会's checklist and 整改清单 hold; the app's fields and the cloud's checks read these. */
export const ORGLIFE_LIMITS = {
  /** The notice goes out at least this many days before the meeting (China calendar days). */
  noticeDays: 10,
  /**
   * 会前谈心谈话 counts talks at most this many calendar months before the meeting's day (and none
   * on or before the branch's previous 组织生活会): see talkRunUp in ./rules.ts.
   */
  talkRunUpMonths: 3,
  /** 征求意见's short note. */
  opinionNote: 100,
  /** One 整改事项's text. */
  itemText: 200,
  /** The note that closes an item. */
  closeNote: 200,
  closeNoteMin: 2,
  /** Why an item is withdrawn. */
  reason: 100,
  reasonMin: 2,
} as const
