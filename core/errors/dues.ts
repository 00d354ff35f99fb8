/** Error codes of Party dues: `DOMAIN.REASON` → what a person reads. */
export const DUES_ERRORS = {} as const satisfies Record<string, string>
