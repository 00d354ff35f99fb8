/**
 * The rows of a request to set amounts, checked one by one: each member's category, base
 * (in 元, refused in the wrong unit), reduction and first month, with every problem named.
 */
import type { AmountPreviewRow, AmountRowInput, AmountsRequest } from '../../../core/contract/dues'
import { chinaDate, type ChinaMonth } from '../../../core/dates'
import {
  amountForMonth,
  categoryFromLabel,
  computeAmount,
  parseBase,
  parseBaseTable,
  usesBase,
  type Reduction,
} from '../../../core/dues'
import { parseYuanToFen } from '../../../core/money'
import type { DuesCategory, MemberDoc } from '../../model'
import type { DuesAmountDoc, DuesSettingsDoc } from './model'

export interface CheckedRow extends AmountPreviewRow {
  doc: DuesAmountDoc | null
}

interface RawRow {
  line: number | null
  name: string
  member: MemberDoc | null
  input: AmountRowInput | null
  problems: string[]
}

/** Rows sent as data, or lines of a pasted table matched to members by name. */
export function rawRows(request: AmountsRequest, members: MemberDoc[]): RawRow[] {
  const byId = new Map(members.map((m) => [m._id, m]))
  if (request.rows) {
    return request.rows.map((input) => {
      const member = byId.get(input.memberId) ?? null
      return { line: null, name: member?.name ?? '', member, input, problems: member ? [] : ['这名党员不在本支部'] }
    })
  }
  const byName = new Map(members.map((m) => [m.name, m]))
  return parseBaseTable(request.text ?? '').map((l) => {
    const member = byName.get(l.name) ?? null
    const category = categoryFromLabel(l.category)
    const problems: string[] = []
    if (!member) problems.push(l.name ? `本支部没有名为“${l.name}”的党员` : '缺少姓名')
    if (category === null) problems.push(`党费类别“${l.category}”不对`)
    const input = member && category !== null ? { memberId: member._id, base: l.base, category } : null
    return { line: l.line, name: l.name, member, input, problems }
  })
}

function reductionOf(input: NonNullable<AmountRowInput['reduction']>, problems: string[]): Reduction {
  let monthlyFen = 0
  if (input.kind === 'reduced') {
    const parsed = parseYuanToFen(input.monthly ?? '')
    if (parsed === null) problems.push('请填写减交后每月的金额（元）')
    else monthlyFen = parsed
  }
  return {
    kind: input.kind,
    monthlyFen,
    approvedBy: input.approvedBy,
    approvedOn: input.approvedOn,
    reason: input.reason,
  }
}

export interface RowContext {
  year: number
  effectiveFrom: ChinaMonth
  settings: DuesSettingsDoc
  records: Map<string, DuesAmountDoc[]>
  confirmedBy: { id: string | null; name: string }
  now: number
}

function checkRow(raw: RawRow, ctx: RowContext, seen: Set<string>): CheckedRow {
  const problems = [...raw.problems]
  const input = raw.input
  const member = raw.member
  const effectiveFrom = input?.effectiveFrom ?? ctx.effectiveFrom
  const empty: CheckedRow = {
    line: raw.line,
    memberId: member?._id ?? null,
    name: raw.name,
    category: null,
    baseFen: null,
    regulationFen: null,
    monthlyFen: null,
    rateBp: null,
    reduction: null,
    effectiveFrom,
    previousFen: null,
    warning: null,
    problems,
    doc: null,
  }
  if (!member || !input) return empty
  if (effectiveFrom.slice(0, 4) !== String(ctx.year)) problems.push(`起始月份应在${ctx.year}年之内`)
  const key = `${member._id}_${effectiveFrom}`
  if (seen.has(key)) problems.push('与前面一行是同一名党员')
  seen.add(key)
  const previous = amountForMonth(ctx.records.get(member._id) ?? [], effectiveFrom)
  const category: DuesCategory = input.category ?? previous?.category ?? member.duesCategory
  let baseFen: number | null = null
  let baseRefused = false
  if (usesBase(category)) {
    if (input.base === undefined) baseFen = previous?.baseFen ?? member.duesBaseFen
    else {
      const parsed = parseBase(category, input.base)
      if (parsed.ok) baseFen = parsed.baseFen
      else {
        baseRefused = true
        problems.push(parsed.message)
      }
    }
  }
  const reduction =
    input.reduction === undefined
      ? (previous?.reduction ?? null)
      : input.reduction && reductionOf(input.reduction, problems)
  const computed = computeAmount(
    { category, baseFen, farmerFen: ctx.settings.farmerFen, reduction },
    chinaDate(ctx.now),
  )
  if (!computed.ok && !baseRefused) problems.push(...computed.problems)
  const row: CheckedRow = {
    ...empty,
    category,
    baseFen,
    reduction,
    previousFen: previous?.monthlyFen ?? null,
  }
  if (!computed.ok || problems.length > 0) return row
  return {
    ...row,
    regulationFen: computed.regulationFen,
    monthlyFen: computed.monthlyFen,
    rateBp: computed.rateBp,
    warning: computed.warning?.message ?? null,
    doc: {
      _id: key,
      memberId: member._id,
      branchId: member.branchId,
      year: ctx.year,
      effectiveFrom,
      category,
      baseFen,
      regulationFen: computed.regulationFen,
      rateBp: computed.rateBp,
      reduction,
      monthlyFen: computed.monthlyFen,
      confirmedBy: ctx.confirmedBy,
      confirmedAt: ctx.now,
    },
  }
}

export function checkRows(raws: RawRow[], ctx: RowContext): CheckedRow[] {
  const seen = new Set<string>()
  return raws.map((raw) => checkRow(raw, ctx, seen))
}
