/** How much transfers, absences and contact attempts hold; the app's fields and the cloud's checks read these. */
export const TRANSFER_LIMITS = {
  /** A 介绍信 is valid at most this many days (3 months). */
  validityMaxDays: 90,
  /** The bureau's default until the office sets one. */
  validityDefaultDays: 30,
  /** The secretary is reminded this many days before a letter lapses without a 回执. */
  remindDaysBefore: 7,
  destination: 60,
  reason: 100,
  reasonMin: 2,
  letterNo: 30,
  note: 100,
  /** 外出 (study, secondment) at most this many months; longer is a transfer. */
  absenceMaxMonths: 6,
  place: 60,
  /** Months with no attendance, study or dues before a member shows as 失去联系. */
  quietMonths: 6,
  contactNote: 200,
  contactNoteMin: 2,
  personName: 20,
} as const
