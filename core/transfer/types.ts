/**
 * 组织关系转接 (issue 26): a member transferred out of the bureau (转出, with its 介绍信 and 回执),
 * one arriving from outside (转入/报到), a short absence (外出, not a transfer), and a member out of
 * touch (失去联系) with the contact attempts made. Sources: 《中国共产党党员权利保障条例》,
 * 中组部《关于进一步加强和改进流动党员管理工作的意见》 and the 组织关系介绍信 rules (valid at most 3 months).
 */

/** 转出: started by the secretary, issued by the office, completed by the 回执; cancelled before it is issued. */
export const TRANSFER_STATES = ['requested', 'issued', 'completed', 'cancelled'] as const
export type TransferState = (typeof TRANSFER_STATES)[number]
/** A 转出 under way: a member has at most one (a second is refused, and not offered). */
export const OPEN_TRANSFER_STATES: readonly TransferState[] = ['requested', 'issued']

/** Short absences: study, secondment (挂职/借调), other. */
export const ABSENCE_KINDS = ['study', 'secondment', 'other'] as const
export type AbsenceKind = (typeof ABSENCE_KINDS)[number]
export type AbsenceState = 'away' | 'returned'

/** How the secretary tried to reach a member out of touch. */
export const CONTACT_WAYS = ['phone', 'message', 'visit', 'family', 'unit'] as const
export type ContactWay = (typeof CONTACT_WAYS)[number]

/** Why a member left the roll (member.markLeft's kind; a 转出 completes as `transferOut`). */
export const LEAVE_KINDS = ['transferOut', 'died', 'expelled', 'removed', 'quit', 'other'] as const
export type LeaveKind = (typeof LEAVE_KINDS)[number]
/** The kinds the annual tables count as 出党. */
export const EXIT_KINDS: readonly LeaveKind[] = ['expelled', 'removed', 'quit']

/** 党内统计's categories of a member on a day. */
export type StatsStanding = 'full' | 'probationary'
export type StatsWork = 'inService' | 'retired'

/**
 * The optional fields 党内统计 counts when the bureau turns them on, read only from the roster
 * import: sex, and education in the annual tables' bands.
 */
export const STATS_SEXES = ['male', 'female'] as const
export type StatsSex = (typeof STATS_SEXES)[number]
export const EDUCATION_LEVELS = [
  'postgraduate',
  'bachelor',
  'college',
  'secondary',
  'highSchool',
  'juniorOrLess',
] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]
