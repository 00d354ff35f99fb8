/** Notices, the inbox, subscribe-message authorizations and reminders (issue 10). */
export const memberNotifyActions = {}
export const secretaryNotifyActions = {}
export const adminNotifyActions = {}
