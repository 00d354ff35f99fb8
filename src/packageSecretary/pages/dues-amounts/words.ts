/** How the 党费金额 screen puts an amount into words. */
import type { AmountPreviewRow, AmountRow, AmountSource } from '@core/contract/dues'
import { rateLabel } from '@core/dues/brackets'
import { CATEGORY_WORDS, monthLabel, yuan } from '@/dues/words'

export function sourceText(row: Pick<AmountRow, 'source' | 'confirmedByName'>): string {
  const words: Record<AmountSource, string> = {
    confirmed: `✓ 已确认${row.confirmedByName ? `（${row.confirmedByName}）` : ''}`,
    carried: '○ 沿用上一年的金额，待确认',
    roster: '○ 按名册计算，待确认',
    missing: '✗ 缺少基数，算不出金额',
  }
  return words[row.source]
}

/** `在职 · 基数 3000.01 元 · 每月 30.00 元（1%）` */
export function amountLine(a: {
  category: AmountRow['category'] | null
  baseFen: number | null
  monthlyFen: number | null
  rateBp: number | null
}): string {
  const parts: string[] = []
  if (a.category) parts.push(CATEGORY_WORDS[a.category])
  if (a.baseFen !== null) parts.push(`基数 ${yuan(a.baseFen)}`)
  if (a.monthlyFen !== null) {
    parts.push(`每月 ${yuan(a.monthlyFen)}${a.rateBp !== null ? `（${rateLabel(a.rateBp)}）` : ''}`)
  }
  return parts.join(' · ')
}

/** `第3行 · 张三` for pasted lines, the name for rows sent as data. */
export function previewTitle(row: AmountPreviewRow): string {
  const name = row.name || '（没有姓名）'
  return row.line !== null ? `第${row.line}行 · ${name}` : name
}

/** `从2026年11月起；原来每月 32.00 元` */
export function previewChange(row: AmountPreviewRow): string {
  const before = row.previousFen === null ? '原来没有金额' : `原来每月 ${yuan(row.previousFen)}`
  return `从${monthLabel(row.effectiveFrom)}起；${before}`
}
