/** The organisation, its people and their WeChat binding: types, labels and actions. */
import * as v from 'valibot'
import { action } from './define'
import { chinaDateField, docId, optionalText, sixDigitCode, text } from './fields'
import type { Session } from './session'
import { AUDIT_GROUPS } from '../audit-kinds'
import { LEAVE_KINDS, type LeaveKind } from '../transfer/types'
import { ORG_LIMITS } from './org-limits'
import { DUES_CATEGORY_LABELS, type DuesCategory, type MemberRole, type OrgKind } from './org-labels'

export * from './org-labels'

export interface Profile {
  id: string
  name: string
  branchName: string
  groupName: string | null
  joinDate: string
  role: MemberRole
  duty: string | null
  probationary: boolean
}

/** 我的: who I am, in one call; `profile` is null for an admin who is not on the roster. */
export interface MyPage {
  session: Session
  profile: Profile | null
  /** Notices not yet opened (0 for anyone not bound). */
  unreadNotices: number
  /** 代为记录: how many members I may record for, and how many may record for me (absent: none). */
  proxy?: { recordFor: number; recordedBy: number }
}

export type BindingCodeState = 'none' | 'active' | 'expired' | 'locked' | 'used'

export interface MemberRow {
  id: string
  name: string
  role: MemberRole
  duty: string | null
  groupName: string | null
  joinDate: string
  probationary: boolean
  duesCategory: DuesCategory
  /** Monthly after-tax salary or pension base in fen (officers handle dues); null where none. */
  duesBaseFen: number | null
  bound: boolean
  code: { state: BindingCodeState; expiresAt: number | null }
}

export interface BranchRoster {
  branch: { id: string; name: string }
  members: MemberRow[]
}

export interface OrgNode {
  id: string
  kind: OrgKind
  name: string
  parentId: string | null
  /** Active members directly in this node (branches only). */
  memberCount: number
  boundCount: number
}

/** One line of a roster sheet as the import preview shows it. */
export interface PreviewRow {
  /** Line of the sheet, header being line 1. */
  line: number
  name: string
  branchName: string
  problems: string[]
}

export interface RosterPreview {
  total: number
  problemCount: number
  headerProblems: string[]
  rows: PreviewRow[]
}

/** What the audit log can be narrowed to, sent with its first page (null with later pages). */
export interface AuditChoices {
  /** Every branch, by name. */
  branches: Array<{ id: string; name: string }>
  /** Everyone who has written to the log, by name (today's, when still on the roll). */
  people: Array<{ id: string; name: string }>
}

export interface AuditEntry {
  id: string
  at: number
  actorName: string
  kind: string
  branchId: string | null
  targetId: string | null
  summary: string
  before: unknown
  after: unknown
  /** The change in words (core/audit-words): `状态：待审批 → 已批准`; no ids, no storage paths. */
  lines: string[]
}

const memberRole = v.picklist(['member', 'secretary', 'committee'], '身份应为党员、书记或支委')
const duesCategory = v.picklist(Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[], '党费类别不对')
const rosterSource = v.pipe(
  v.object({
    text: v.optional(v.pipe(v.string('名册内容格式不对'), v.maxLength(2_000_000, '名册内容太长'))),
    fileID: v.optional(v.pipe(v.string('文件不对'), v.startsWith('cloud://', '文件不对'))),
  }),
  v.check((s) => (s.text ? 1 : 0) + (s.fileID ? 1 : 0) === 1, '请粘贴名册内容或选择一个文件'),
)
const reason = text('原因', ORG_LIMITS.reason, ORG_LIMITS.reasonMin)

export const memberOrgActions = {
  'binding.bind': action<Session>()(
    'anyone',
    v.object({ name: text('姓名', ORG_LIMITS.personName), code: sixDigitCode }),
  ),
  'profile.get': action<Profile>()('member', v.object({})),
  'me.get': action<MyPage>()('anyone', v.object({})),
}

export const secretaryOrgActions = {
  'members.list': action<BranchRoster>()('secretary', v.object({ branchId: v.optional(docId('支部')) })),
  /** A new binding code for one member; answers with the code and the 成员 page as it now reads. */
  'binding.issue': action<{ code: string; expiresAt: number; roster: BranchRoster }>()(
    'secretary',
    v.object({ memberId: docId('党员') }),
  ),
  /** Unbinds a member's WeChat (with a reason); answers with the 成员 page as it now reads. */
  'binding.revoke': action<{ memberId: string; roster: BranchRoster }>()(
    'secretary',
    v.object({ memberId: docId('党员'), reason }),
  ),
}

export const adminOrgActions = {
  'org.tree': action<{ nodes: OrgNode[] }>()('admin', v.object({})),
  'org.create': action<OrgNode>()(
    'admin',
    v.object({
      kind: v.picklist(['generalBranch', 'branch', 'group'], '组织类型不对'),
      name: text('组织名称', ORG_LIMITS.orgName, 2),
      parentId: docId('上级组织'),
    }),
  ),
  'org.rename': action<OrgNode>()(
    'admin',
    v.object({ orgId: docId('组织'), name: text('组织名称', ORG_LIMITS.orgName, 2) }),
  ),
  'roster.preview': action<RosterPreview>()('admin', rosterSource),
  'roster.import': action<{ imported: number }>()('admin', rosterSource),
  'member.update': action<MemberRow>()(
    'admin',
    v.object({
      memberId: docId('党员'),
      changes: v.object({
        name: v.optional(text('姓名', ORG_LIMITS.personName)),
        role: v.optional(memberRole),
        duty: v.optional(v.nullable(optionalText('支委分工', ORG_LIMITS.duty))),
        joinDate: v.optional(chinaDateField('入党日期')),
        probationary: v.optional(v.boolean('预备党员一栏不对')),
        duesCategory: v.optional(duesCategory),
        duesBaseFen: v.optional(
          v.nullable(v.pipe(v.number('党费基数不对'), v.integer('党费基数不对'), v.minValue(0, '党费基数不能为负'))),
        ),
        groupId: v.optional(v.nullable(docId('党小组'))),
      }),
      reason: optionalText('原因', ORG_LIMITS.reason),
    }),
  ),
  'member.move': action<MemberRow>()(
    'admin',
    v.object({ memberId: docId('党员'), toBranchId: docId('转入支部'), reason }),
  ),
  'member.markLeft': action<{ memberId: string }>()(
    'admin',
    v.object({
      memberId: docId('党员'),
      leftDate: chinaDateField('离开日期'),
      reason,
      /** Why, for 党内统计 (出党, 去世); absent: 其他. */
      kind: v.optional(v.picklist(LEAVE_KINDS as unknown as LeaveKind[], '离开类别不对')),
    }),
  ),
  'audit.list': action<{ entries: AuditEntry[]; nextBefore: string | null; choices: AuditChoices | null }>()(
    'admin',
    v.object({
      actorId: v.optional(docId('操作人')),
      branchId: v.optional(docId('支部')),
      kind: v.optional(v.pipe(v.string(), v.maxLength(40))),
      /** A group of kinds (core/audit-kinds), as the log's filters offer them. */
      group: v.optional(
        v.picklist(
          AUDIT_GROUPS.map((g) => g.value),
          '筛选类型不对',
        ),
      ),
      /** Groups of kinds, any of them: the log's filter sheet ticks several (with `group`, all together). */
      groups: v.optional(
        v.pipe(
          v.array(
            v.picklist(
              AUDIT_GROUPS.map((g) => g.value),
              '筛选类型不对',
            ),
          ),
          v.maxLength(AUDIT_GROUPS.length, '筛选类型太多'),
        ),
      ),
      /** The `nextBefore` of the previous page. */
      before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}:[A-Za-z0-9_-]{1,64}$/, '分页位置不对'))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 50),
    }),
  ),
}
