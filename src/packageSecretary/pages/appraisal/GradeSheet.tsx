import { dayWords } from '@core/dates'
import type { AppraisalGrade, AppraisalRow, AppraisalSheet } from '@core/contract/appraisal'
import { APPRAISAL_GRADE_LABELS, APPRAISAL_GRADES, APPRAISAL_LIMITS, needsReason } from '@core/contract/appraisal'
import { useState } from 'react'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

const GRADES = APPRAISAL_GRADES.map((value) => ({ value, label: APPRAISAL_GRADE_LABELS[value] }))

/** Records the branch's decided grade for one member, or changes it with a reason; one tap, one call. */
export function GradeSheet({
  sheet,
  row,
  onAnswer,
  onCancel,
}: {
  sheet: AppraisalSheet
  row: AppraisalRow
  onAnswer: (next: AppraisalSheet) => void
  onCancel: () => void
}) {
  const submit = useSubmit({ problemOf: pointToFields })
  const before = row.grade
  const [grade, setGrade] = useState<AppraisalGrade | null>(before?.grade ?? null)
  const [reason, setReason] = useState(before?.reason ?? '')
  const [decidedOn, setDecidedOn] = useState(before?.decidedOn ?? sheet.today)
  const [correction, setCorrection] = useState('')
  const errors = submit.errors

  const save = async () => {
    if (!grade) return submit.say('请选择评定等次', { grade: '请选择评定等次' })
    if (needsReason(grade) && reason.trim().length < APPRAISAL_LIMITS.reasonMin)
      return submit.say('评为基本合格或不合格，须写明理由', { reason: '请写明理由' })
    if (before && correction.trim().length < APPRAISAL_LIMITS.correctionMin)
      return submit.say('修改已记录的等次，须写明修改原因', { correction: '请写明修改原因' })
    const input = {
      year: sheet.year,
      memberId: row.memberId,
      grade,
      reason: needsReason(grade) ? reason.trim() : '',
      decidedOn,
    }
    await submit.run(async () => {
      const next = before
        ? await callCloud('secretary', 'appraisal.correct', { ...input, correction: correction.trim() })
        : await callCloud('secretary', 'appraisal.record', input)
      onAnswer(next)
    })
  }

  return (
    <FormSheet
      title={before ? `修改${row.name}的等次` : `${row.name}：${sheet.year}年度评定等次`}
      intro="按支部委员会或党员大会的评定意见记录。评为基本合格、不合格须写明理由，本人可以看到自己的等次和理由。"
      form={submit}
      submitText={before ? '保存修改' : '记录等次'}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Field label="评定等次" error={errors.grade}>
        <ChoiceChips options={GRADES} value={grade} onChange={setGrade} />
      </Field>
      {grade && needsReason(grade) ? (
        <Field label="评定理由" error={errors.reason}>
          <TextBox
            name="reason"
            value={reason}
            onChange={setReason}
            max={APPRAISAL_LIMITS.reason}
            lines={3}
            placeholder="如：全年无故缺席组织生活3次，经教育仍未改正"
          />
        </Field>
      ) : null}
      <DateField
        label="评定日期"
        error={errors.decidedOn}
        value={decidedOn}
        onChange={setDecidedOn}
        start={`${sheet.year}-01-01`}
        end={sheet.today}
        text={dayWords(decidedOn)}
      />
      {before ? (
        <Field label="修改原因" error={errors.correction}>
          <TextBox
            name="correction"
            value={correction}
            onChange={setCorrection}
            max={APPRAISAL_LIMITS.correction}
            lines={2}
            placeholder="如：支委会复议后改定"
          />
        </Field>
      ) : null}
    </FormSheet>
  )
}
