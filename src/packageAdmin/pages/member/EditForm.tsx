import {
  DUES_CATEGORY_LABELS,
  ROLE_LABELS,
  type DuesCategory,
  type MemberRole,
  type MemberRow,
} from '@core/contract/org'
import { chinaDate } from '@core/dates'
import { appNow } from '@/services/clock'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { changesOf, formOf, PARTY_FOUNDED, type MemberForm } from './edit'
import { ORG_LIMITS } from '@core/contract/org-limits'

const ROLE_CHOICES: Choice<MemberRole>[] = (['member', 'committee', 'secretary'] as const).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}))
const DUES_CHOICES: Choice<DuesCategory>[] = (Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[]).map((value) => ({
  value,
  label: DUES_CATEGORY_LABELS[value],
}))
const STANDING_CHOICES: Choice<'full' | 'probationary'>[] = [
  { value: 'full', label: '正式党员' },
  { value: 'probationary', label: '预备党员' },
]

/** member.update: name, role (appointing a 书记), duty, 入党日期, 预备/正式, dues category and base. */
export function EditForm({ row, onSaved }: { row: MemberRow; onSaved: () => void }) {
  const submit = useSubmit({
    staysOnScreen: true,
    // The base is typed in 元 and checked in 分.
    problemOf: (error, fields) => ({
      message: error.message,
      fields: fields.duesBaseFen ? { ...fields, duesBaseYuan: fields.duesBaseFen } : fields,
    }),
  })
  const { errors } = submit
  const {
    draft: form,
    set,
    field,
  } = useDraft<MemberForm & { reason: string }>(() => ({ ...formOf(row), reason: '' }), errors)

  const save = async () => {
    const result = changesOf(row, form)
    if ('problem' in result) {
      submit.say('请按提示修改', { [result.problem.field]: result.problem.message })
      return
    }
    if (Object.keys(result.changes).length === 0) {
      submit.say('没有要修改的内容', {}, 'info')
      return
    }
    await submit.run(async () => {
      await callCloud('admin', 'member.update', {
        memberId: row.id,
        changes: result.changes,
        reason: form.reason.trim(),
      })
      set('reason', '')
      submit.say('已保存', {}, 'success')
      onSaved()
    })
  }

  return (
    <View className="stack">
      <TextField label="姓名" {...field('name')} maxlength={ORG_LIMITS.personName} placeholder="姓名" />
      <Field label="身份" error={errors.role}>
        <ChoiceChips options={ROLE_CHOICES} value={form.role} onChange={(role) => set('role', role)} />
        {form.role === 'secretary' && row.role !== 'secretary' ? (
          <Text className="text-secondary">任命为书记后，本支部原来的书记改任支委。</Text>
        ) : null}
      </Field>
      <TextField
        label="支委分工"
        hint="支委填写，如：组织委员；党员不填"
        {...field('duty')}
        maxlength={ORG_LIMITS.duty}
        placeholder="如：组织委员"
      />
      <DateField
        label="入党日期"
        error={errors.joinDate}
        value={form.joinDate}
        start={PARTY_FOUNDED}
        end={chinaDate(appNow())}
        onChange={(joinDate) => set('joinDate', joinDate)}
      />
      <Field label="党员类别" error={errors.probationary}>
        <ChoiceChips
          options={STANDING_CHOICES}
          value={form.probationary ? 'probationary' : 'full'}
          onChange={(value) => set('probationary', value === 'probationary')}
        />
      </Field>
      <Field label="党费类别" error={errors.duesCategory}>
        <ChoiceChips
          options={DUES_CHOICES}
          value={form.duesCategory}
          onChange={(value) => set('duesCategory', value)}
        />
      </Field>
      <TextField
        label="党费基数（元）"
        hint="在职填税后月工资，离退休填养老金，以元为单位。"
        {...field('duesBaseYuan', 'duesBase')}
        type="digit"
        placeholder="如：6500 或 6500.50"
      />
      <TextField
        label="修改原因（可不填）"
        {...field('reason')}
        maxlength={ORG_LIMITS.reason}
        placeholder="会记入操作记录"
      />
      <OutcomeNotice form={submit} />
      <Button kind="primary" block loading={submit.busy} onClick={() => void save()}>
        保存修改
      </Button>
    </View>
  )
}
