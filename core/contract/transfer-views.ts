/**
 * What the 组织关系 and 党内统计 screens show (issue 26): the result types of every transfer,
 * 外出, 失去联系 and statistics action. Types only, so the app can import them without the schemas
 * of core/contract/transfer.ts.
 */
import type { AbsenceKind, AbsenceState, ContactWay, TransferState } from '../transfer/types'

/** The 介绍信's details, as the office issued them. */
export interface LetterDetails {
  letterNo: string
  issuedOn: string
  validDays: number
  validUntil: string
  /** `有效期至2026年3月31日（还有5天）`. */
  validityWords: string
  /** 党费交至, read from the dues ledger when the letter was issued; null: nothing paid. */
  duesPaidThrough: string | null
  duesWords: string
  issuedByName: string
}

/** One 转出 as the secretary and the office read it. */
export interface TransferView {
  id: string
  memberId: string
  memberName: string
  branchId: string
  branchName: string
  destination: string
  reason: string
  state: TransferState
  stateLabel: string
  requestedOn: string
  requestedByName: string
  letter: LetterDetails | null
  receipt: { receivedOn: string; note: string; byName: string } | null
  /** Why it was withdrawn before being issued; '' otherwise. */
  cancelReason: string
  /** The letter is about to lapse (or has) without its 回执. */
  receiptDue: boolean
}

/** One 转入/报到 recorded by the secretary. */
export interface ArrivalView {
  id: string
  memberId: string
  memberName: string
  from: string
  letterNo: string
  arrivedOn: string
  joinDate: string
  probationary: boolean
  duesPaidThrough: string
  /** `党费从2026年12月起在本支部交纳`. */
  duesWords: string
  /** Whether the newcomer has bound their WeChat yet. */
  bound: boolean
}

/** One 外出 record. */
export interface AbsenceView {
  id: string
  memberId: string
  memberName: string
  kind: AbsenceKind
  kindLabel: string
  place: string
  fromOn: string
  returnOn: string
  state: AbsenceState
  /** `外出学习，2026年3月1日至2026年6月30日` / `已于2026年6月28日返回`. */
  words: string
  /** Still away after the return day. */
  overdue: boolean
}

/** The secretary's 组织关系 page: 转出, 转入, 外出 of the branch. */
export interface TransferPage {
  branch: { id: string; name: string }
  today: string
  currentMonth: string
  source: string
  /** The branch's members on the roll, to choose for 转出 or 外出; `transferring`: a 转出 is under way. */
  people: Array<{ id: string; name: string; transferring: boolean }>
  outgoing: TransferView[]
  arrivals: ArrivalView[]
  absences: AbsenceView[]
}

/** What recording an arrival answers: the page, the newcomer's binding code, and a 谈心谈话 suggested. */
export interface ArrivalResult {
  page: TransferPage
  memberId: string
  memberName: string
  code: string
  expiresAt: number
  /** Whom to suggest a first 谈心谈话 with this month (core/talk), or null with no 支委. */
  talk: { partnerId: string; partnerName: string; words: string } | null
}

/** The printable 介绍信. */
export interface LetterView {
  transferId: string
  state: TransferState
  stateLabel: string
  /** The issuing committee and the member's branch. */
  issuer: string
  branchName: string
  memberName: string
  joinDate: string
  standing: string
  destination: string
  letter: LetterDetails | null
  receipt: { receivedOn: string; note: string } | null
}

/** The office's 组织关系转出 page. */
export interface TransferOffice {
  today: string
  settings: { validityDefaultDays: number; statsFields: { sex: boolean; education: boolean } }
  /** Started by secretaries, waiting for the letter. */
  waiting: TransferView[]
  /** Issued, waiting for the 回执. */
  issued: TransferView[]
  /** Completed or withdrawn this year and last. */
  done: TransferView[]
}

export interface ContactAttemptView {
  id: string
  on: string
  way: ContactWay
  wayLabel: string
  note: string
  byName: string
}

/** A member shown as 失去联系, with what was tried. */
export interface OutOfTouchRow {
  memberId: string
  name: string
  quietMonths: number
  /** `自2026年5月起，6个月没有参加组织生活、学习记录和交纳党费`. */
  words: string
  /** `最后一次：2026年4月 交纳党费`, or `加入本支部以来没有记录`. */
  lastSign: string
  reminders: number
  unreadNotices: number
  bound: boolean
  away: string | null
  attempts: ContactAttemptView[]
}

export interface OutOfTouchPage {
  branch: { id: string; name: string }
  today: string
  source: string
  rows: OutOfTouchRow[]
}

export interface StatsName {
  id: string
  name: string
  branchName: string
}

export interface StatsFigure {
  key: string
  label: string
  /** A count of people, or hours for 学时. */
  value: number
  unit: string
  names: StatsName[]
}

/** 党内统计 for a year. */
export interface PartyStats {
  year: number
  years: number[]
  today: string
  /** The day the figures were counted on, in words. */
  countedOn: string
  sections: Array<{ title: string; figures: StatsFigure[] }>
  /** 年初 + 增加 − 减少 = 年末 for 党员总数, 正式党员, 预备党员: the sum, or what is off and who. */
  balance: Array<{ key: string; ok: boolean; words: string }>
  /** What is not counted here, and why. */
  notes: string[]
}
