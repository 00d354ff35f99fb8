/** Documents as stored in the cloud database. Dates are epoch milliseconds (China time is a view). */

export type OrgKind = 'committee' | 'generalBranch' | 'branch' | 'group'

export interface OrgDoc {
  _id: string
  kind: OrgKind
  name: string
  parentId: string | null
  status: 'active' | 'archived'
  createdAt: number
}

/** 支委 duties a secretary may delegate work to. */
export type CommitteeDuty = '组织委员' | '宣传委员' | '纪检委员' | '青年委员' | '统战委员' | '副书记'

export type MemberRole = 'member' | 'secretary' | 'committee'

export type DuesCategory = 'inService' | 'retiree' | 'student' | 'unemployed' | 'relief' | 'farmer'

export interface MemberDoc {
  _id: string
  name: string
  branchId: string
  groupId: string | null
  role: MemberRole
  duty: CommitteeDuty | null
  /** 入党日期, China calendar day `YYYY-MM-DD`. */
  joinDate: string
  /** 预备党员 until admitted as a full member. */
  probationary: boolean
  duesCategory: DuesCategory
  /** Monthly after-tax salary or pension base in fen; null where the category has none. */
  duesBaseFen: number | null
  status: 'active' | 'left'
  openid: string | null
  boundAt: number | null
  createdAt: number
  updatedAt: number
}

export interface AuditDoc {
  _id: string
  at: number
  actorOpenid: string
  actorId: string | null
  actorName: string
  /** e.g. `member.update`, `roster.import`, `binding.issue`. */
  kind: string
  branchId: string | null
  targetId: string | null
  before: unknown
  after: unknown
  requestId: string
}
