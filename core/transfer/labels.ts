/** Words for transfers, absences, out-of-touch and 党内统计, as the screens and the audit log say them. */
import type { AbsenceKind, ContactWay, EducationLevel, LeaveKind, StatsSex, TransferState } from './types'

export const TRANSFER_STATE_LABELS: Record<TransferState, string> = {
  requested: '待党委开具',
  issued: '已开具，待回执',
  completed: '回执已收到',
  cancelled: '已撤销',
}

export const ABSENCE_KIND_LABELS: Record<AbsenceKind, string> = {
  study: '外出学习',
  secondment: '挂职/借调',
  other: '其他外出',
}

export const CONTACT_WAY_LABELS: Record<ContactWay, string> = {
  phone: '打电话',
  message: '发微信/短信',
  visit: '上门走访',
  family: '联系家属',
  unit: '联系所在单位',
}

export const LEAVE_KIND_LABELS: Record<LeaveKind, string> = {
  transferOut: '组织关系转出',
  died: '去世',
  expelled: '开除党籍',
  removed: '除名',
  quit: '退党',
  other: '其他',
}

export const OUT_OF_TOUCH_LABEL = '失去联系'

/** Quoted on the secretary's 组织关系 page. */
export const TRANSFER_RULE_SOURCE =
  '组织关系介绍信有效期一般不超过3个月；党员应在规定期限内到接收党组织报到，回执由接收党组织寄回。外出学习、挂职借调6个月以内的，不转组织关系。'

export const OUT_OF_TOUCH_SOURCE =
  '连续6个月既无组织生活出勤、也无学习记录、也未交纳党费的党员，提请支部设法联系；如何处置由支部研究决定，系统不作任何自动处理。'

export const STATS_SEX_LABELS: Record<StatsSex, string> = { male: '男', female: '女' }

/** The annual tables' education bands. */
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  postgraduate: '研究生',
  bachelor: '大学本科',
  college: '大学专科',
  secondary: '中专',
  highSchool: '高中、中技',
  juniorOrLess: '初中及以下',
}

/** What a roster sheet may write for each band (besides the band's own words). */
export const EDUCATION_WORDS: Record<EducationLevel, string[]> = {
  postgraduate: ['研究生', '博士', '博士研究生', '硕士', '硕士研究生'],
  bachelor: ['大学本科', '本科', '大学'],
  college: ['大学专科', '专科', '大专'],
  secondary: ['中专', '中等专科'],
  highSchool: ['高中、中技', '高中', '中技', '职高'],
  juniorOrLess: ['初中及以下', '初中', '小学'],
}
