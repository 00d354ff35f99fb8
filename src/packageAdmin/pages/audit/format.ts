/** Audit entries in words: what kind of change, and its before → after, compactly. */
import { DUES_CATEGORY_LABELS, ORG_KIND_LABELS, ROLE_LABELS } from '@core/contract/org'
import { formatChinaDateTime } from '@core/dates'
import { formatFen } from '@core/money'
import { AUDIT_KIND_LABELS } from '@core/audit-kinds'

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  role: '身份',
  duty: '支委分工',
  joinDate: '入党日期',
  probationary: '预备党员',
  duesCategory: '党费类别',
  duesBaseFen: '党费基数',
  status: '状态',
  bound: '绑定',
  boundAt: '绑定时间',
  expiresAt: '有效至',
  count: '人数',
  names: '姓名',
  date: '日期',
  reason: '原因',
  kind: '类型',
}

/** Ids say nothing to a person; the summary already names the people and branches. */
const HIDDEN = new Set(['branchId', 'groupId', 'branches', 'parentId', '_id', 'id', 'at', 'createdAt', 'updatedAt'])

const STATUS: Record<string, string> = { active: '在册', left: '已离开' }

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '无'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (key === 'role' && typeof value === 'string') return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? value
  if (key === 'duesCategory' && typeof value === 'string') {
    return DUES_CATEGORY_LABELS[value as keyof typeof DUES_CATEGORY_LABELS] ?? value
  }
  if (key === 'kind' && typeof value === 'string')
    return ORG_KIND_LABELS[value as keyof typeof ORG_KIND_LABELS] ?? value
  if (key === 'status' && typeof value === 'string') return STATUS[value] ?? value
  if (key === 'duesBaseFen' && typeof value === 'number') return `${formatFen(value)}元`
  if (key.endsWith('At') && typeof value === 'number') return formatChinaDateTime(value)
  if (Array.isArray(value)) return value.map((item) => valueText(key, item)).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** `身份：党员 → 书记`, `人数：3`: one line per field that a person can read. */
export function changeLines(before: unknown, after: unknown): string[] {
  const b = fieldsOf(before)
  const a = fieldsOf(after)
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !HIDDEN.has(key))
  return keys.map((key) => {
    const label = FIELD_LABELS[key] ?? key
    if (!(key in b)) return `${label}：${valueText(key, a[key])}`
    if (!(key in a)) return `${label}：${valueText(key, b[key])} → 无`
    return `${label}：${valueText(key, b[key])} → ${valueText(key, a[key])}`
  })
}

export function kindLabel(kind: string): string {
  return AUDIT_KIND_LABELS[kind] ?? kind
}
