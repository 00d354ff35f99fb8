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
  /** 心得: short, but more than a word or two. */
  reflectionMin: 10,
  reflectionMax: 1000,
  namedMembers: 500,
} as const
