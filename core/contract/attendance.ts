/** The party office's attendance views, the rules-compliance matrix and the Excel ledgers (issue 11). */
export const secretaryAttendanceActions = {}
export const adminAttendanceActions = {}
