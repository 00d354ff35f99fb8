/** Error codes of notices, the inbox and reminders: `DOMAIN.REASON` → what a person reads. */
export const NOTIFY_ERRORS = {
  'NOTICE.NOT_FOUND': '没有找到这条通知',
  'NOTICE.NOT_YOURS': '这条通知不是发给您的',
  'NOTICE.HELD': '这条通知正在等待机关党委复核，复核通过后才会发出',
  'NOTICE.REJECTED': '这条通知没有通过复核，不会发出',
  'NOTICE.NOT_HELD': '这条通知不在等待复核',
  'NOTICE.NO_READERS': '发送范围内没有党员，请重新选择',
  'NOTICE.BAD_BRANCHES': '选择的支部不对',
  'NOTICE.BAD_GROUP': '本支部没有这个党小组',
  'NOTICE.BAD_MEMBERS': '选择的党员中有不属于本支部的',
  'NOTICE.REASON_REQUIRED': '不予发出时请写明原因，作者会看到',
  'NOTICE.NO_RECEIPT': '这条通知不需要回执',
  'NOTICE.NOBODY_TO_PUSH': '未读的党员都收不到微信提醒，这次不发送；请当面或打电话告知',
} as const satisfies Record<string, string>
