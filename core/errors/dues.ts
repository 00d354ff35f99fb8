/** Error codes of Party dues: `DOMAIN.REASON` → what a person reads. */
export const DUES_ERRORS = {
  'DUES.ALREADY_PAID': '这个月的党费已经交过了',
  'DUES.ALREADY_REPORTED': '这个月已经报告过缴费，正在等待确认',
  'DUES.PREPAY_LIMIT': '预交超过了支部规定的月数',
  'DUES.ARREARS_LIMIT': '欠交时间超过了可以自行补交的期限，请与支部书记联系',
  'DUES.NOT_DUE': '这个月不用交党费',
  'DUES.NOTHING_DUE': '这个月免交党费',
  'DUES.NO_AMOUNT': '党费金额还没有确定，请与支部书记联系',
  'DUES.SKIPS_MONTH': '请从最早未交的月份开始交',
  'DUES.AMOUNT_MISMATCH': '金额与应交的不一致',
  'DUES.AMOUNT_CHANGED': '应交金额刚刚有变化，请刷新后再试',
  'DUES.AMOUNTS_HAVE_PROBLEMS': '名单中有需要修改的行，修改后再确认',
  'DUES.AMOUNTS_EMPTY': '名单是空的',
  'DUES.BAD_EFFECTIVE_MONTH': '起始月份应在所选年份之内',
  'DUES.NOT_COLLECTOR': '只有书记或书记指定的收缴人可以确认和登记党费',
  'DUES.SECRETARY_ONLY': '只有支部书记可以修改党费设置',
  'DUES.TREASURER_NOT_COMMITTEE': '收缴人应为本支部的支委',
  'DUES.PAYMENT_NOT_FOUND': '没有找到这笔缴费记录',
  'DUES.PAYMENT_HANDLED': '这笔缴费已经处理过了',
  'DUES.NOT_CONFIRMED': '只有已确认的缴费才需要冲正；未确认的请退回',
  'DUES.ALREADY_CORRECTED': '这笔缴费已经冲正过了',
  'DUES.CORRECTION_FINAL': '冲正记录不能再冲正，请重新登记正确的缴费',
  'DUES.MEMBER_NOT_IN_BRANCH': '这名党员不在本支部',
} as const satisfies Record<string, string>

export type DuesErrorCode = keyof typeof DUES_ERRORS
