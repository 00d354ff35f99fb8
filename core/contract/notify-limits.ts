/** Limits of a notice's fields: in a file of their own so that pages import them without valibot. */
export const NOTICE_LIMITS = {
  title: 40,
  body: 2000,
  reason: 200,
  /** The sheet asks for at least this much when a held notice is turned down (the cloud takes none). */
  reasonMin: 2,
} as const
