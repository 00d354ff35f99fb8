/** How much a motion may hold; the app's fields and the cloud's checks read these. */
export const VOTE_LIMITS = {
  /** 表决事项, e.g. “关于接收张三同志为中共预备党员的决议”. */
  title: 80,
  titleMin: 2,
  /** Why a recorded tally is corrected. */
  reason: 200,
  reasonMin: 2,
  /** Motions one meeting may record. */
  motions: 30,
  /** No branch is larger; a count above it is a slip of the finger. */
  count: 9999,
} as const
