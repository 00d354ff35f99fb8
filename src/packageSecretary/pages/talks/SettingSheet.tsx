import { useState } from 'react'
import type { CoverageSheet, TalkKind } from '@core/contract/talk'
import { CheckList } from '@/components/CheckList'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

/** Which of the 条例's three pair kinds count toward the branch's coverage. */
export function SettingSheet({
  sheet,
  query,
  onDone,
  onCancel,
}: {
  sheet: CoverageSheet
  query: { branchId?: string; year: number }
  onDone: (next: CoverageSheet) => void
  onCancel: () => void
}) {
  const [kinds, setKinds] = useState<TalkKind[]>(sheet.kinds)
  const form = useSubmit()
  const toggle = (k: string) =>
    setKinds((now) => (now.includes(k as TalkKind) ? now.filter((x) => x !== k) : [...now, k as TalkKind]))
  const save = async () => {
    if (kinds.length === 0) {
      form.say('请至少选择一类谈话', { kinds: '请至少选择一类' })
      return
    }
    await form.run(async () => onDone(await callCloud('secretary', 'talk.setting', { ...query, kinds })))
  }
  return (
    <FormSheet
      title="计入哪几类谈话"
      intro="《支部工作条例》要求三类都谈，一般都选上。支部有特殊情况时，可以只统计其中几类。"
      form={form}
      submitText="保存"
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Field label="计入的类别" error={form.errors.kinds}>
        <CheckList
          options={sheet.rules.map((r) => ({ value: r.kind, label: `${r.label}：${r.rule}` }))}
          values={kinds}
          onToggle={toggle}
        />
      </Field>
    </FormSheet>
  )
}
