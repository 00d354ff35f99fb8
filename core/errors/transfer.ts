/** Error codes of 组织关系转接, 外出 and 失去联系: `DOMAIN.REASON` → what a person reads. */
export const TRANSFER_ERRORS = {
  'TRANSFER.NOT_FOUND': '没有找到这份组织关系转接记录',
  'TRANSFER.ALREADY_OPEN': '这名党员已有一份正在办理的组织关系转出',
  'TRANSFER.NOT_REQUESTED': '这份转出已经开具或撤销，不能再改',
  'TRANSFER.NOT_ISSUED': '介绍信还没有开具，不能登记回执',
  'TRANSFER.VALIDITY_TOO_LONG': '介绍信有效期最长3个月（90天）',
  'TRANSFER.DUES_AHEAD': '党费交至的月份不能晚于本月，请核对介绍信',
  'TRANSFER.RECEIPT_BEFORE_ISSUE': '回执日期不能早于介绍信开具日期',
  'TRANSFER.FUTURE_DATE': '日期不能晚于今天',
  'TRANSFER.JOIN_AFTER_ARRIVAL': '入党日期不能晚于今天',
  'ABSENCE.RETURN_BEFORE_START': '返回日期不能早于外出日期',
  'ABSENCE.TOO_LONG': '外出超过6个月的，应转接组织关系，不按外出登记',
  'ABSENCE.NOT_FOUND': '没有找到这条外出记录',
  'ABSENCE.ENDED': '这条外出已经登记返回',
  'ABSENCE.ALREADY_AWAY': '这名党员已有一条未结束的外出记录',
  'STATS.YEAR': '只能统计2000年以后、今年及以前的年份',
} as const satisfies Record<string, string>
