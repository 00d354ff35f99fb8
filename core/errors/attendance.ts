/** Error codes of the party office's attendance views and the Excel ledgers (issue 11). */
export const ATTENDANCE_VIEW_ERRORS = {
  'ATTENDANCE_VIEW.NEED_SCOPE': '请选择一次活动，或选择支部和月份',
  'ATTENDANCE_VIEW.MONTH_OUTSIDE_YEAR': '月份应在所选年份之内',
  'ATTENDANCE_VIEW.ACTIVITY_NOT_FOUND': '没有找到这次活动',
  'ATTENDANCE_VIEW.NOT_HELD': '这次活动还没有举行，还没有出勤情况',
  'EXPORT.NOT_FOUND': '没有找到这份导出的文件',
  'EXPORT.FAILED': '文件没能生成，请稍后再试',
  'EXPORT.FILE_GONE': '文件已不在云存储中，请重新导出',
} as const satisfies Record<string, string>
