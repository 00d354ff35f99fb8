import Taro from '@tarojs/taro'
import type { MemberRow } from '@core/contract/org'
import { chinaDate } from '@core/dates'
import { appNow } from '@/services/clock'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { DateField } from '@/components/DateField'
import { FormFoot } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { PARTY_FOUNDED } from './edit'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { confirmDialog } from '@/services/dialog'

/** Marking a member as left (去世、出党、转出本单位): kept on record, gone from the roster. */
export function LeaveSection({ row }: { row: MemberRow }) {
  const [opened, setOpened] = useState(false)
  const form = useSubmit()
  const { draft, set, field } = useDraft(() => ({ leftDate: chinaDate(appNow()), reason: '' }), form.errors)

  const submit = async () => {
    const confirm = await confirmDialog({
      title: '标记为离开',
      content: `${row.name}将不再出现在名册和各项统计中，以往的记录仍然保留。`,
      confirmText: '确认',
      cancelText: '取消',
    })
    if (!confirm) return
    await form.run(async () => {
      await callCloud('admin', 'member.markLeft', {
        memberId: row.id,
        leftDate: draft.leftDate,
        reason: draft.reason.trim(),
      })
      void Taro.showToast({ title: `${row.name}已标记为离开`, icon: 'none' })
      void Taro.navigateBack()
    })
  }

  if (!opened) return <Button onClick={() => setOpened(true)}>标记为离开</Button>
  return (
    <View className="stack">
      <DateField
        label="离开日期"
        error={form.errors.leftDate}
        value={draft.leftDate}
        start={PARTY_FOUNDED}
        end={chinaDate(appNow())}
        onChange={(leftDate) => set('leftDate', leftDate)}
      />
      <TextField
        label="原因"
        {...field('reason', 'leftReason')}
        maxlength={ORG_LIMITS.reason}
        placeholder="如：去世、转出本单位"
      />
      <FormFoot form={form} submitText="确认离开" onSubmit={() => void submit()} onCancel={() => setOpened(false)} />
    </View>
  )
}
