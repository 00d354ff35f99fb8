import type { MemberRow } from '@core/contract/org'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { Sheet } from '@/components/Sheet'
import { SheetActions } from '@/components/SheetActions'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { ORG_LIMITS } from '@core/contract/org-limits'

export interface RevokeSheetProps {
  row: MemberRow
  onDone: () => void
  onCancel: () => void
}

/** 换绑: undoing a binding needs a reason, which goes to the audit log. */
export function RevokeSheet({ row, onDone, onCancel }: RevokeSheetProps) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; reason?: string } | null>(null)

  const submit = async () => {
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('secretary', 'binding.revoke', { memberId: row.id, reason: reason.trim() })
      onDone()
    } catch (thrown) {
      const error = asCloudError(thrown)
      const fields = fieldErrors(error.fields)
      setProblem({ message: fields.reason ? '请写明原因' : error.message, reason: fields.reason })
      setBusy(false)
    }
  }

  return (
    <Sheet title={`解除${row.name}的微信绑定`}>
      <Text>解除后，{row.name}需要用新的绑定码重新绑定。常见原因：换了手机、绑错了人。</Text>
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <TextField
        label="原因"
        hint="会记入操作记录"
        error={problem?.reason}
        name="reason"
        value={reason}
        maxlength={ORG_LIMITS.reason}
        placeholder="如：换了手机"
        onChange={setReason}
      />
      <SheetActions submitText="确认解除" busy={busy} onSubmit={() => void submit()} onCancel={onCancel} />
    </Sheet>
  )
}
