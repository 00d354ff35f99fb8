/**
 * A pasted table of bases (from Excel or typed): 姓名, 基数（元）, optionally 党费类别.
 * Cells are split on tabs, commas or spaces; a header row naming 姓名 is skipped.
 */
import { DUES_CATEGORY_LABELS, type DuesCategory } from '../contract/org'

export interface BaseLine {
  /** Line of the text, counting from 1. */
  line: number
  name: string
  base: string
  category: string
}

const EXTRA_CATEGORY_NAMES: Record<string, DuesCategory> = {
  在职党员: 'inService',
  退休: 'retiree',
  离休: 'retiree',
  离退休党员: 'retiree',
  学生党员: 'student',
  失业人员: 'unemployed',
  享受低保: 'relief',
  农民党员: 'farmer',
}

/** `在职` → inService; '' → undefined; unknown → null. */
export function categoryFromLabel(label: string): DuesCategory | null | undefined {
  const text = label.trim()
  if (text === '') return undefined
  const found = (Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[]).find((k) => DUES_CATEGORY_LABELS[k] === text)
  return found ?? EXTRA_CATEGORY_NAMES[text] ?? null
}

function cells(line: string): string[] {
  const separator = line.includes('\t') ? /\t/ : /[,，]/.test(line) ? /[,，]/ : /\s+/
  return line.split(separator).map((c) => c.trim())
}

export function parseBaseTable(text: string): BaseLine[] {
  const out: BaseLine[] = []
  let seenContent = false
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return
    const [name = '', base = '', category = ''] = cells(raw.trim())
    const isHeader = !seenContent && name.replace(/\s/g, '') === '姓名'
    seenContent = true
    if (!isHeader) out.push({ line: index + 1, name, base, category })
  })
  return out
}
