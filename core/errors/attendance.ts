export const ATTENDANCE_VIEW_ERRORS = {} as const satisfies Record<string, string>
