export const NOTIFY_ERRORS = {} as const satisfies Record<string, string>
