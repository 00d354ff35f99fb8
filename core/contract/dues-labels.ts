/** Words for the 党费 statuses, methods and arrears levels, as a person reads them. */
export type PaymentMethod = 'wechat' | 'cash' | 'bank'
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  wechat: '微信转账给支部',
  cash: '现金',
  bank: '银行转账',
}

/** Where a reported payment stands, as the member's 党费 and the secretary's 待确认 say it. */
export type PaymentStatus = 'reported' | 'confirmed' | 'rejected'
export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  reported: '已报告',
  confirmed: '已确认',
  rejected: '已退回',
}

/** A month of one member, as a person reads it. */
export type DuesMonthStatus = 'upcoming' | 'due' | 'overdue' | 'reported' | 'paid' | 'exempt' | 'noAmount'
export const DUES_STATUS_LABELS: Record<DuesMonthStatus, string> = {
  upcoming: '未到收缴日',
  due: '待交',
  overdue: '欠交',
  reported: '已报告，待确认',
  paid: '已交',
  exempt: '免交',
  noAmount: '金额待定',
}

/** Arrears by the longest run of consecutive unpaid months (6 is the branch's decision). */
export type ArrearsLevel = 'none' | 'owing' | 'threeMonths' | 'fiveMonths' | 'sixMonths'
export const ARREARS_LEVEL_LABELS: Record<ArrearsLevel, string> = {
  none: '',
  owing: '有欠交',
  threeMonths: '连续3个月未交',
  fiveMonths: '连续5个月未交',
  sixMonths: '连续6个月未交，请支部研究处理',
}

/**
 * Where a member's amount for a year comes from: confirmed for this year; carried from an
 * earlier year (still to confirm); computed from the roster (unconfirmed); or not computable.
 */
