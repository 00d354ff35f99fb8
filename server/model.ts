/** Documents as stored in the cloud database. Dates are epoch milliseconds (China time is a view). */
import type { DuesCategory, MemberRole, OrgKind } from '../core/contract/org'
import type { EducationLevel, LeaveKind, StatsSex } from '../core/transfer/types'

export type { DuesCategory, MemberRole, OrgKind }

export interface OrgDoc {
  _id: string
  kind: OrgKind
  name: string
  parentId: string | null
  status: 'active' | 'archived'
  createdAt: number
}

export interface MemberDoc {
  _id: string
  name: string
  branchId: string
  groupId: string | null
  role: MemberRole
  duty: string | null
  /** 入党日期, China calendar day `YYYY-MM-DD`. */
  joinDate: string
  /** 预备党员 until admitted as a full member. */
  probationary: boolean
  /**
   * 党龄 counts from here (党章第七条: the day the 预备期 ended and the member became full), set
   * when 党员发展 records the 转正; absent on entries imported from a roster.
   */
  fullSince?: string
  /** The 党员发展 record this entry was admitted from. */
  developId?: string
  duesCategory: DuesCategory
  /** Monthly after-tax salary or pension base in fen; null where the category has none. */
  duesBaseFen: number | null
  status: 'active' | 'left'
  openid: string | null
  boundAt: number | null
  /**
   * When this person first bound (a later 换绑 keeps it): notices published before it are the
   * branch's earlier notices, not unread news. Absent on records bound before it was kept: `boundAt`.
   */
  firstBoundAt?: number
  createdAt: number
  updatedAt: number
  /** 组织关系转接: every move between branches; the member's records stay with the member. */
  transfers?: Array<{ at: number; fromBranchId: string; toBranchId: string; reason: string }>
  left?: { date: string; reason: string; at: number; kind?: LeaveKind }
  /** Arrived by a 转入 letter: dues are billed from this month (the month after its 党费交至). */
  duesFrom?: string
  /** Arrived by a 转入 letter (issue 26): the China day of 报到 and where from. */
  arrived?: { on: string; from: string; transferId: string }
  /** Optional fields 党内统计 counts, only when the bureau turns them on, only from the roster import. */
  sex?: StatsSex | null
  education?: EducationLevel | null
}

/** The one-time code a secretary hands a member to bind their WeChat (one per member). */
export interface BindingCodeDoc {
  _id: string
  memberId: string
  branchId: string
  salt: string
  codeHash: string
  issuedAt: number
  issuedBy: string
  expiresAt: number
  attempts: number
  status: 'active' | 'locked' | 'used'
}

export interface AuditDoc {
  _id: string
  at: number
  actorOpenid: string
  actorId: string | null
  actorName: string
  /** e.g. `member.update`, `roster.import`, `binding.issue`. */
  kind: string
  /** One line a person reads in the audit log. */
  summary: string
  branchId: string | null
  targetId: string | null
  before: unknown
  after: unknown
  requestId: string
}
