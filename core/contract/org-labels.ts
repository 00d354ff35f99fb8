/**
 * Words for the organisation's roles, 党费 categories and kinds of organisation, as a person
 * reads them. Schema-free, so that the app's screens import them without valibot; the contract
 * (org.ts) builds its picklists from the same records.
 */
export type MemberRole = 'member' | 'secretary' | 'committee'
export type DuesCategory = 'inService' | 'retiree' | 'student' | 'unemployed' | 'relief' | 'farmer'
export type OrgKind = 'committee' | 'generalBranch' | 'branch' | 'group'

export const ROLE_LABELS: Record<MemberRole, string> = { member: '党员', secretary: '书记', committee: '支委' }
export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  inService: '在职',
  retiree: '离退休',
  student: '学生',
  unemployed: '失业',
  relief: '低保',
  farmer: '农民',
}
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  committee: '机关党委',
  generalBranch: '党总支',
  branch: '党支部',
  group: '党小组',
}
