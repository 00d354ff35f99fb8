import type { AmountRow, AmountRowInput, DuesCategory } from '@core/contract/dues'
import { Text } from '@tarojs/components'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { CATEGORY_WORDS } from '@/dues/words'
import { MonthPicker } from './MonthPicker'
import { DUES_LIMITS } from '@core/contract/dues-limits'

export interface BaseSheetProps {
  row: AmountRow
  year: number
  /** What was typed before looking at the preview, to go on from. */
  draft?: AmountRowInput
  /** The month the new amount starts from, to begin with. */
  from: string
  busy: boolean
  /** Why the check failed, in the server's words. */
  problem: string | null
  onCheck: (row: AmountRowInput) => void
  onCancel: () => void
}

const CATEGORIES = (Object.keys(CATEGORY_WORDS) as DuesCategory[]).map((value) => ({
  value,
  label: CATEGORY_WORDS[value],
}))
const WITH_BASE: DuesCategory[] = ['inService', 'retiree']

/** One member's new base (typed in 元) or category, from a month: checked before anything is saved. */
export function BaseSheet({ row, draft, year, from, busy, problem, onCheck, onCancel }: BaseSheetProps) {
  const sheet = useDraft({
    category: draft?.category ?? row.category,
    base: draft?.base ?? row.base,
    month: draft?.effectiveFrom ?? from,
  })
  const { category, base, month } = sheet.draft
  const withBase = WITH_BASE.includes(category)
  return (
    <FormSheet
      title={`修改${row.name}的党费`}
      form={{ busy, outcome: problem ? { kind: 'error', message: problem, fields: {} } : null }}
      submitText="检查金额"
      onSubmit={() => onCheck({ memberId: row.memberId, category, base: withBase ? base : null, effectiveFrom: month })}
      onCancel={onCancel}
    >
      <Field label="党费类别">
        <ChoiceChips options={CATEGORIES} value={category} onChange={(value) => sheet.set('category', value)} />
      </Field>
      {withBase ? (
        <TextField
          label={category === 'retiree' ? '月退休金（元）' : '税后月工资（元）'}
          hint="以元为单位，如 3000 或 3000.50。"
          {...sheet.field('base')}
          type="digit"
          maxlength={DUES_LIMITS.baseText}
          placeholder="如：3000.50"
        />
      ) : (
        <Text>学生、失业、低保和农民党员按规定的固定金额交纳，不用填基数。</Text>
      )}
      <Field label="从哪个月起按新金额交" hint="工资变动的，从第一次发新工资的月份起。">
        <MonthPicker year={year} value={month} onChange={(value) => sheet.set('month', value)} />
      </Field>
    </FormSheet>
  )
}
