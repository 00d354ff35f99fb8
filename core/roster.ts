/**
 * Roster import rules (名册导入), pure: which columns a sheet may have, and every problem of
 * every row, so that an admin sees them all in the preview before anything is written.
 */
import { isChinaDate } from './dates'
import { parseYuanToFen } from './money'
import { DUES_CATEGORY_LABELS, ROLE_LABELS, type DuesCategory, type MemberRole, type PreviewRow } from './contract/org'
import { EDUCATION_WORDS, STATS_SEX_LABELS } from './transfer/labels'
import type { EducationLevel, StatsSex } from './transfer/types'

export type RosterField =
  | 'name'
  | 'branch'
  | 'group'
  | 'role'
  | 'duty'
  | 'joinDate'
  | 'probationary'
  | 'duesCategory'
  | 'duesBase'
  | 'sex'
  | 'education'

/** Header names a person might use for each field. */
export const ROSTER_HEADERS: Record<RosterField, string[]> = {
  name: ['姓名'],
  branch: ['支部', '党支部', '所在支部'],
  group: ['党小组'],
  role: ['身份', '角色', '党内职务'],
  duty: ['支委分工', '分工'],
  joinDate: ['入党日期', '入党时间'],
  probationary: ['预备党员', '是否预备党员'],
  duesCategory: ['党费类别', '人员类别'],
  duesBase: ['党费基数', '党费基数（元）', '党费基数(元)', '月工资'],
  sex: ['性别'],
  education: ['学历', '文化程度'],
}

/** The optional fields 党内统计 counts, read only when the bureau has turned them on. */
export interface RosterOptional {
  sex: boolean
  education: boolean
}

const REQUIRED: RosterField[] = ['name', 'branch', 'joinDate']

export interface RosterEntry {
  name: string
  branchId: string
  groupId: string | null
  role: MemberRole
  duty: string | null
  joinDate: string
  probationary: boolean
  duesCategory: DuesCategory
  duesBaseFen: number | null
  /** Only when the bureau counts them; blank cells are null. */
  sex?: StatsSex | null
  education?: EducationLevel | null
}

export interface RosterContext {
  branches: Array<{ id: string; name: string }>
  groups: Array<{ id: string; name: string; branchId: string }>
  /** `${branchId}/${name}` of members already on the roster. */
  existing: Set<string>
  today: string
  /** Which optional columns are read; a column turned off is not read at all. */
  optional: RosterOptional
}

/** Maps a header row to fields; returns the missing required columns' names. */
export function mapHeaders(headers: string[]): { columns: Partial<Record<RosterField, number>>; missing: string[] } {
  const columns: Partial<Record<RosterField, number>> = {}
  headers.forEach((raw, index) => {
    const header = raw.trim().replace(/\s+/g, '')
    for (const [field, names] of Object.entries(ROSTER_HEADERS) as Array<[RosterField, string[]]>) {
      if (columns[field] === undefined && names.includes(header)) columns[field] = index
    }
  })
  const missing = REQUIRED.filter((f) => columns[f] === undefined).map((f) => ROSTER_HEADERS[f][0])
  return { columns, missing }
}

/** `2010/7/1`, `2010.07.01`, `2010年7月1日` → `2010-07-01`; anything else unchanged. */
export function normalizeDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim())
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : text.trim()
}

function lookup<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  return (Object.keys(labels) as T[]).find((key) => labels[key] === text)
}

function parseRole(text: string): MemberRole | undefined {
  if (text === '') return 'member'
  if (text === '书记' || text === '支部书记') return 'secretary'
  if (text === '支委' || text === '支部委员') return 'committee'
  return lookup(ROLE_LABELS, text)
}

function parseProbationary(text: string): boolean | undefined {
  if (['', '否', '正式党员', '正式'].includes(text)) return false
  if (['是', '预备党员', '预备'].includes(text)) return true
  return undefined
}

function parseSex(text: string): StatsSex | null | undefined {
  if (text === '') return null
  return lookup(STATS_SEX_LABELS, text.replace(/性$/, ''))
}

function parseEducation(text: string): EducationLevel | null | undefined {
  if (text === '') return null
  const words = text.replace(/(毕业|学历|文化)$/, '')
  return (Object.keys(EDUCATION_WORDS) as EducationLevel[]).find((k) => EDUCATION_WORDS[k].includes(words))
}

const HAS_BASE: DuesCategory[] = ['inService', 'retiree']

/** Checks one row; problems are plain sentences a person can act on. */
function checkRow(
  cells: Record<RosterField, string>,
  ctx: RosterContext,
  seen: Set<string>,
): { entry: RosterEntry | null; problems: string[] } {
  const problems: string[] = []
  const name = cells.name
  if (!name) problems.push('缺少姓名')
  else if (name.length > 20) problems.push('姓名太长（最多20个字）')
  const branch = ctx.branches.find((b) => b.name === cells.branch)
  if (!cells.branch) problems.push('缺少支部')
  else if (!branch) problems.push(`没有名为“${cells.branch}”的支部`)
  const group =
    branch && cells.group ? ctx.groups.find((g) => g.branchId === branch.id && g.name === cells.group) : undefined
  if (branch && cells.group && !group) problems.push(`${branch.name}没有名为“${cells.group}”的党小组`)
  if (branch && name) {
    const key = `${branch.id}/${name}`
    if (ctx.existing.has(key)) problems.push('本支部名册中已有同名党员')
    else if (seen.has(key)) problems.push('与表中前面一行同支部同名')
    seen.add(key)
  }
  const role = parseRole(cells.role)
  if (!role) problems.push(`身份“${cells.role}”不对，应为党员、书记或支委`)
  if (!isChinaDate(cells.joinDate)) problems.push(`入党日期“${cells.joinDate}”不对，应写成 2010-07-01`)
  else if (cells.joinDate > ctx.today) problems.push('入党日期不能晚于今天')
  const probationary = parseProbationary(cells.probationary)
  if (probationary === undefined) problems.push(`预备党员一栏应填“是”或“否”`)
  const category = cells.duesCategory === '' ? 'inService' : lookup(DUES_CATEGORY_LABELS, cells.duesCategory)
  if (!category) problems.push(`党费类别“${cells.duesCategory}”不对`)
  let duesBaseFen: number | null = null
  if (category && HAS_BASE.includes(category) && cells.duesBase !== '') {
    duesBaseFen = parseYuanToFen(cells.duesBase)
    if (duesBaseFen === null) problems.push(`党费基数“${cells.duesBase}”不对，应为以元为单位的金额`)
    else if (duesBaseFen < 100_00 || duesBaseFen > 200_000_00) {
      problems.push(`党费基数“${cells.duesBase}”不像以元为单位的月工资，请核对`)
    }
  }
  const sex = ctx.optional.sex ? parseSex(cells.sex) : null
  if (sex === undefined) problems.push(`性别“${cells.sex}”不对，应填“男”或“女”`)
  const education = ctx.optional.education ? parseEducation(cells.education) : null
  if (education === undefined) {
    problems.push(`学历“${cells.education}”不对，应为研究生、大学本科、大学专科、中专、高中、初中及以下之一`)
  }
  if (problems.length > 0 || !branch || !role || probationary === undefined || !category)
    return { entry: null, problems }
  return {
    entry: {
      ...(ctx.optional.sex ? { sex } : {}),
      ...(ctx.optional.education ? { education } : {}),
      name,
      branchId: branch.id,
      groupId: group?.id ?? null,
      role,
      duty: cells.duty || null,
      joinDate: cells.joinDate,
      probationary,
      duesCategory: category,
      duesBaseFen,
    },
    problems,
  }
}

/** Every row checked; entries only when no row has a problem (import is all-or-nothing). */
export function checkRoster(
  table: string[][],
  ctx: RosterContext,
): { rows: PreviewRow[]; entries: RosterEntry[]; headerProblems: string[] } {
  const [headers = [], ...body] = table
  const { columns, missing } = mapHeaders(headers)
  if (missing.length > 0) return { rows: [], entries: [], headerProblems: [`缺少这些列：${missing.join('、')}`] }
  const seen = new Set<string>()
  const rows: PreviewRow[] = []
  const entries: RosterEntry[] = []
  body.forEach((line, index) => {
    if (line.every((cell) => cell.trim() === '')) return
    const cells = {} as Record<RosterField, string>
    for (const field of Object.keys(ROSTER_HEADERS) as RosterField[]) {
      const column = columns[field]
      cells[field] = column === undefined ? '' : (line[column] ?? '').trim()
    }
    cells.joinDate = normalizeDate(cells.joinDate)
    const { entry, problems } = checkRow(cells, ctx, seen)
    rows.push({ line: index + 2, name: cells.name, branchName: cells.branch, problems })
    if (entry) entries.push(entry)
  })
  return { rows, entries: rows.some((r) => r.problems.length > 0) ? [] : entries, headerProblems: [] }
}
