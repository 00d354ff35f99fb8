/** Error codes of 会议记录: `DOMAIN.REASON` → what a person reads. */
export const MINUTES_ERRORS = {
  'MINUTES.NOT_A_MEETING': '这类活动不需要会议记录',
  'MINUTES.NOT_STARTED': '会议还没有开始，开完会再写会议记录',
  'MINUTES.CONFIRMED': '会议记录已经确认，修改请写明原因',
  'MINUTES.NOT_CONFIRMED': '会议记录还没有确认，可以直接修改草稿',
  'MINUTES.NOT_FOUND': '还没有这次会议的记录',
  'MINUTES.INCOMPLETE': '会议记录还不完整',
  'MINUTES.NOT_CLOSED': '活动结束并关闭后才能确认会议记录（出勤以关闭时为准）',
  'MINUTES.NOT_IN_BRANCH': '主持人和记录人须是本支部的党员',
  'MINUTES.NOTHING_CHANGED': '没有要修改的内容',
  'MINUTES.CHANGED_MEANWHILE': '会议记录刚刚被别人修改过，请返回重新打开后再改',
} as const satisfies Record<string, string>
