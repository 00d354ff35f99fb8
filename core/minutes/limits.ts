/** How much each part of a meeting's minutes may hold; the app's fields and the cloud's checks read these. */
export const MINUTES_LIMITS = {
  topics: 500,
  summary: 5000,
  resolutions: 2000,
  /** Photos of the meeting, compressed on the phone. */
  photos: 9,
  attachments: 10,
  attachmentTitle: 60,
  /** Why a confirmed record is changed. */
  reason: 200,
  reasonMin: 2,
} as const
