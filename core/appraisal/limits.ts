/** How much 民主评议党员 text may hold and the periods its rules use; the app's fields and the cloud read these. */
export const APPRAISAL_LIMITS = {
  /** The reason for 基本合格 / 不合格. */
  reason: 200,
  reasonMin: 2,
  /** Why a recorded grade is changed. */
  correction: 200,
  correctionMin: 2,
  /** 限期改正 normally lasts a year from the decision. */
  rectificationMonths: 12,
  /** The secretary is reminded this many days before 限期改正 ends. */
  remindDaysBefore: 30,
  /** 优秀 at most one in this many full members evaluated (a warning, not a refusal). */
  excellentOneIn: 3,
  /** How many years back the sheet offers. */
  yearsBack: 5,
} as const
