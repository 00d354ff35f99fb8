import type { BranchRoster, MemberRow } from '@core/contract/org'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { ORG_LIMITS } from '@core/contract/org-limits'

export interface RevokeSheetProps {
  row: MemberRow
  /** Called with the 成员 page as it now reads. */
  onDone: (roster: BranchRoster) => void
  onCancel: () => void
}

/** 换绑: undoing a binding needs a reason, which goes to the audit log. */
export function RevokeSheet({ row, onDone, onCancel }: RevokeSheetProps) {
  const form = useSubmit({
    problemOf: (error, fields) => ({ message: fields.reason ? '请写明原因' : error.message, fields }),
  })
  const { draft, field } = useDraft({ reason: '' }, form.errors)

  const submit = () =>
    form.run(async () => {
      const { roster } = await callCloud('secretary', 'binding.revoke', {
        memberId: row.id,
        reason: draft.reason.trim(),
      })
      onDone(roster)
    })

  return (
    <FormSheet
      title={`解除${row.name}的微信绑定`}
      intro={`解除后，${row.name}需要用新的绑定码重新绑定。常见原因：换了手机、绑错了人。`}
      outcomeFirst
      form={form}
      submitText="确认解除"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        label="原因"
        hint="会记入操作记录"
        {...field('reason')}
        maxlength={ORG_LIMITS.reason}
        placeholder="如：换了手机"
      />
    </FormSheet>
  )
}
