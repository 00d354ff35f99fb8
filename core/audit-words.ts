/**
 * An audit entry's before → after in words, one line a field: `状态：待审批 → 已批准`,
 * `金额：30.00元`. Field names and values use the domains' own labels; ids become the names the
 * caller knows (or are left out), storage paths (cloudPath, fileID) never show, times read as
 * China time, money as 元, sizes as KB. The server sends these lines with each entry.
 */
import { ACTIVITY_TYPE_LABELS, SIGN_IN_METHOD_LABELS } from './activity/types'
import { PAYMENT_METHOD_LABELS } from './contract/dues-labels'
import { DUES_CATEGORY_LABELS, ROLE_LABELS } from './contract/org-labels'
import { formatChinaDateTime } from './dates'
import { formatFen } from './money'
import { periodLabel, type StudyPeriod } from './study'
import { CONTACT_WAY_LABELS } from './transfer/labels'
import {
  ID_FIELDS,
  HIDDEN,
  FIELD_LABELS,
  STATUS_BY_DOMAIN,
  KIND_BY_DOMAIN,
  VERDICT_LABELS,
  RELATION_LABELS,
  COUNT_LABELS,
} from './audit-vocabulary'

/** Names of the members and organisations an entry refers to by id. */
export type AuditNames = ReadonlyMap<string, string>

const NO_NAMES: AuditNames = new Map()

/** The first segment of an audit kind: whose statuses and types its fields speak of. */
function domainOf(kind: string): string {
  return kind.slice(0, kind.indexOf('.'))
}

/** An id whose name the caller does not know: its line is left out rather than show the id. */
const UNNAMED = '\u0000'

/** Longer text is cut here: the log shows what changed, the record itself keeps all of it. */
const MAX_TEXT = 200

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
}

/** `2026-03-01` → `2026年3月1日`, `2026-03` → `2026年3月`; anything else as it is. */
function dayText(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value)
  if (!m) return value
  return m[3] ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${m[1]}年${Number(m[2])}月`
}

const yuan = (fen: number) => `${formatFen(fen)}元`

function expectedText(spec: Record<string, unknown>, names: AuditNames): string {
  switch (spec.kind) {
    case 'branch':
      return '全支部党员'
    case 'committee':
      return '支委'
    case 'group':
      return names.get(String(spec.groupId)) ?? '一个党小组'
    case 'members':
      return `指定的${Array.isArray(spec.memberIds) ? spec.memberIds.length : 0}名党员`
    case 'bureau':
      return '全机关'
    case 'branches': {
      const ids = Array.isArray(spec.branchIds) ? spec.branchIds.map(String) : []
      const known = ids.map((id) => names.get(id)).filter((n): n is string => Boolean(n))
      return known.length === ids.length && ids.length > 0 ? known.join('、') : `${ids.length}个支部`
    }
    default:
      return '其他'
  }
}

function materialsText(list: unknown[]): string {
  if (list.length === 0) return '无'
  return list
    .map((m) => {
      const title = record(m).title
      return typeof title === 'string' && title ? `“${title}”` : '一份材料'
    })
    .join('、')
}

function reductionText(value: Record<string, unknown>): string {
  const kind = value.kind === 'exempt' ? '免交' : '减交'
  const fen = typeof value.monthlyFen === 'number' && value.kind !== 'exempt' ? `，每月${yuan(value.monthlyFen)}` : ''
  const by = typeof value.approvedBy === 'string' && value.approvedBy ? `，${value.approvedBy}批准` : ''
  return `${kind}${fen}${by}`
}

/** Words for any value nobody gave a label: no braces, no epoch numbers, no storage paths. */
function plainText(value: unknown, names: AuditNames): string {
  if (value === null || value === undefined || value === '') return '无'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') return value > 1e11 ? formatChinaDateTime(value) : String(value)
  if (typeof value === 'string') {
    if (value.startsWith('cloud://')) return '（文件）'
    return clip(names.get(value) ?? dayText(value))
  }
  if (Array.isArray(value)) return value.length === 0 ? '无' : value.map((v) => plainText(v, names)).join('、')
  const fields = Object.entries(record(value)).filter(([k]) => !HIDDEN.has(k))
  return fields.length === 0 ? '无' : fields.map(([, v]) => plainText(v, names)).join('，')
}

function valueText(key: string, value: unknown, domain: string, names: AuditNames): string {
  if (value === null || value === undefined || value === '') {
    if (key === 'geofence') return '不限位置'
    if (key === 'period') return '长期'
    return '无'
  }
  if (key in ID_FIELDS) {
    const ids = Array.isArray(value) ? value.map(String) : [String(value)]
    const shown = ids.map((id) => names.get(id)).filter((name): name is string => Boolean(name))
    if (ids.length === 0) return '无'
    return shown.length === 0 ? UNNAMED : shown.join('、')
  }
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') {
    if (key.endsWith('Fen')) return yuan(value)
    if (key.endsWith('At') || key === 'at') return formatChinaDateTime(value)
    if (key === 'sizeBytes') return `${Math.max(1, Math.round(value / 1024))} KB`
    if (key === 'collectionDay') return `每月${value}日`
    if (key === 'prepayLimit') return `${value}个月`
    if (key === 'minutes') return `${value}分钟`
    if (key === 'validDays') return `${value}天`
    if (key === 'pushes') return `${value}条`
    if (key === 'photos' || key === '照片') return `${value}张`
    if (key === '赞成' || key === '反对' || key === '弃权') return `${value}票`
    if (key === '书面意见') return `${value}份`
    if (key === '应到会有表决权' || key === '到会有表决权') return `${value}人`
    if (key === 'attachments' || key === '附件') return `${value}份`
    if (/[Cc]ount$|^recipients$|^unread$/.test(key)) return `${value}人`
    return plainText(value, names)
  }
  if (typeof value === 'string') {
    const labels: Record<string, Record<string, string> | undefined> = {
      status: STATUS_BY_DOMAIN[domain],
      kind: KIND_BY_DOMAIN[domain],
      type: ACTIVITY_TYPE_LABELS,
      role: ROLE_LABELS,
      duesCategory: DUES_CATEGORY_LABELS,
      category: DUES_CATEGORY_LABELS,
      contentVerdict: VERDICT_LABELS,
      relation: RELATION_LABELS,
      way: CONTACT_WAY_LABELS,
      method: domain === 'dues' ? PAYMENT_METHOD_LABELS : SIGN_IN_METHOD_LABELS,
    }
    const word = labels[key]?.[value]
    if (word) return word
    if (key === 'base') return `${value}元`
    return plainText(value, names)
  }
  if (Array.isArray(value)) {
    if (key === 'materials' || key === 'attachments') return materialsText(value)
    if (key === 'photos') return `${value.length}张`
    if (key === 'months') {
      return value
        .map((m) => {
          const month = record(m)
          if (typeof m === 'string') return dayText(m)
          const fen = typeof month.fen === 'number' ? ` ${yuan(month.fen)}` : ''
          return `${dayText(String(month.month ?? ''))}${fen}`
        })
        .join('、')
    }
    return plainText(value, names)
  }
  const fields = record(value)
  if (key === 'expected' || key === 'audience') return expectedText(fields, names)
  if (key === 'geofence') return typeof fields.radiusM === 'number' ? `活动地点${fields.radiusM}米内` : '已设定'
  if (key === 'period') return periodLabel(fields as unknown as StudyPeriod)
  if (key === 'reduction') return reductionText(fields)
  if (key === 'counts') {
    return COUNT_LABELS.filter(([k]) => typeof fields[k] === 'number')
      .map(([k, label]) => `${label}${fields[k] as number}人`)
      .join('，')
  }
  return plainText(value, names)
}

function labelOf(key: string, domain: string): string {
  if (key === 'name') return domain === 'org' ? '名称' : '姓名'
  if (key === 'at') return domain === 'attendance' || domain === 'proxy' ? '签到时间' : '时间'
  if (key === 'kind')
    return { org: '组织类型', studyItem: '资料类型', schedule: '活动日', dues: '减免' }[domain] ?? '类型'
  if (key === 'date' && domain === 'member') return '离开日期'
  if (key === 'reason' && domain === 'leave') return '请假事由'
  if (key === 'title' && domain === 'proxy') return '学习内容'
  if (key === 'place' && domain === 'absence') return '外出去向'
  if (key === 'kind' && domain === 'member') return '离开类别'
  if (key === 'kind' && domain === 'absence') return '外出类别'
  return FIELD_LABELS[key] ?? ID_FIELDS[key] ?? (/^[\u4e00-\u9fa5]/.test(key) ? key : '其他')
}

/** Lines of one before/after pair of records. */
function fieldLines(before: unknown, after: unknown, domain: string, names: AuditNames): string[] {
  const b = record(before)
  const a = record(after)
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !HIDDEN.has(key))
  const lines: string[] = []
  for (const key of keys) {
    if (domain === 'org' && key === 'status') continue
    // A sign-in's time says something; elsewhere `at` is the entry's own time, shown above it.
    if (key === 'at' && (domain === 'attendance' ? !(key in b) : domain !== 'proxy')) continue
    const label = labelOf(key, domain)
    const old = key in b ? valueText(key, b[key], domain, names) : null
    const now = key in a ? valueText(key, a[key], domain, names) : null
    if (old === UNNAMED || now === UNNAMED) continue
    if (old === null) lines.push(`${label}：${now}`)
    // Only before (a leave's reason beside the decision): what the change was about.
    else if (now === null) lines.push(`${label}：${old}`)
    else if (old === now) {
      if (now !== '无') lines.push(`${label}：${now}`)
    } else lines.push(`${label}：${old} → ${now}`)
  }
  return lines
}

/**
 * Per member, when before/after are lists of rows (确认党费金额): `张三：每月30.00元 → 35.00元（自2026年1月起）`.
 */
function rowLines(before: unknown[], after: unknown[], domain: string, names: AuditNames): string[] {
  const earlier = new Map(before.map((row) => [String(record(row).memberId), record(row)]))
  return after.map((row, i) => {
    const r = record(row)
    const who = names.get(String(r.memberId)) ?? `第${i + 1}人`
    const old = earlier.get(String(r.memberId))
    const fen = (v: unknown) => (typeof v === 'number' ? yuan(v) : '未定')
    const amount =
      old && old.monthlyFen !== r.monthlyFen
        ? `每月${fen(old.monthlyFen)} → ${fen(r.monthlyFen)}`
        : `每月${fen(r.monthlyFen)}`
    const details = [
      typeof r.effectiveFrom === 'string' ? `自${dayText(r.effectiveFrom)}起` : '',
      typeof r.category === 'string' ? ((DUES_CATEGORY_LABELS as Record<string, string>)[r.category] ?? '') : '',
      typeof r.base === 'string' ? `基数${r.base}元` : '',
      r.reduction ? valueText('reduction', r.reduction, domain, names) : '',
    ].filter(Boolean)
    return `${who}：${amount}${details.length ? `（${details.join('，')}）` : ''}`
  })
}

/** An entry's change in words, one line a field, in the order the action wrote them. */
export function auditLines(kind: string, before: unknown, after: unknown, names: AuditNames = NO_NAMES): string[] {
  const domain = domainOf(kind)
  if (Array.isArray(after) || Array.isArray(before)) {
    return rowLines(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], domain, names)
  }
  return fieldLines(before, after, domain, names)
}

/** The ids an entry refers to (members, organisations), for the caller to look their names up. */
export function auditIds(before: unknown, after: unknown): string[] {
  const ids = new Set<string>()
  const visit = (value: unknown, key: string | null) => {
    if (typeof value === 'string' && key !== null && (key in ID_FIELDS || key === 'branchIds')) {
      ids.add(value)
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key)
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, k)
    }
  }
  visit(before, null)
  visit(after, null)
  return [...ids]
}
