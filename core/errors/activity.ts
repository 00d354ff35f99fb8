/** Error codes of Activity days, leave, sign-in and 补学: `DOMAIN.REASON` → what a person reads. */
export const ACTIVITY_ERRORS = {} as const satisfies Record<string, string>
