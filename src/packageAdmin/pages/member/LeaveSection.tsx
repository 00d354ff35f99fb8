import Taro from '@tarojs/taro'
import type { MemberRow } from '@core/contract/org'
import { chinaDate } from '@core/dates'
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Field, fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { SheetActions } from '@/components/SheetActions'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { ORG_LIMITS } from '@core/contract/org-limits'

/** Marking a member as left (去世、出党、转出本单位): kept on record, gone from the roster. */
export function LeaveSection({ row }: { row: MemberRow }) {
  const [opened, setOpened] = useState(false)
  const [leftDate, setLeftDate] = useState(() => chinaDate())
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null)

  const submit = async () => {
    const { confirm } = await Taro.showModal({
      title: '标记为离开',
      content: `${row.name}将不再出现在名册和各项统计中，以往的记录仍然保留。`,
      confirmText: '确认',
      cancelText: '取消',
      confirmColor: '#c8102e',
    })
    if (!confirm) return
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('admin', 'member.markLeft', { memberId: row.id, leftDate, reason: reason.trim() })
      void Taro.showToast({ title: `${row.name}已标记为离开`, icon: 'none' })
      void Taro.navigateBack()
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem({ message: error.message, fields: fieldErrors(error.fields) })
      setBusy(false)
    }
  }

  if (!opened) return <Button onClick={() => setOpened(true)}>标记为离开</Button>
  return (
    <View className="stack">
      <Field label="离开日期" error={problem?.fields.leftDate}>
        <Picker
          mode="date"
          value={leftDate}
          start="1921-07-01"
          end={chinaDate()}
          onChange={(e) => setLeftDate(String(e.detail.value))}
        >
          <View className="ui-input ui-input--picker">
            <Text>{leftDate}</Text>
            <Text className="text-secondary">更改 ›</Text>
          </View>
        </Picker>
      </Field>
      <TextField
        label="原因"
        error={problem?.fields.reason}
        name="leftReason"
        value={reason}
        maxlength={ORG_LIMITS.reason}
        placeholder="如：去世、转出本单位"
        onChange={setReason}
      />
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <SheetActions
        submitText="确认离开"
        busy={busy}
        onSubmit={() => void submit()}
        onCancel={() => setOpened(false)}
      />
    </View>
  )
}
