/** Limits of a notice's fields: in a file of their own so that pages import them without valibot. */
export const NOTICE_LIMITS = { title: 40, body: 2000, reason: 200 } as const
