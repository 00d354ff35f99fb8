/**
 * How long each activity field may be. Kept apart from the schemas in fields.ts so that the
 * main package's screens can count characters without bringing valibot along.
 */
export const LIMITS = {
  title: 40,
  place: 60,
  agenda: 2000,
  materials: 20,
  materialTitle: 60,
  materialText: 5000,
  url: 500,
  reason: 200,
  /** A reason says at least something. */
  reasonMin: 2,
  /** 心得: short, but more than a word or two. */
  reflectionMin: 10,
  reflectionMax: 1000,
  /** 线下补学's note: where and how the member studied, in a line. */
  offlineNoteMin: 4,
  offlineNoteMax: 100,
  namedMembers: 500,
  /** The rotating sign-in code's digits. */
  signInCode: 6,
} as const
