/** Error codes of Study check-ins and reading lists: `DOMAIN.REASON` → what a person reads. */
export const STUDY_ERRORS = {} as const satisfies Record<string, string>
