import Taro from '@tarojs/taro'
import type { MemberRow, OrgNode } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FormFoot } from '@/components/FormSheet'
import { Loading } from '@/components/Loading'
import { Notice } from '@/components/Notice'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { ORG_LIMITS } from '@core/contract/org-limits'

type Branches =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; branches: OrgNode[] }

/** 组织关系转接: to another branch, with a reason. The branch list is read only when asked for. */
export function MoveSection({ row, branchId }: { row: MemberRow; branchId: string }) {
  const [branches, setBranches] = useState<Branches>({ status: 'closed' })
  const [target, setTarget] = useState<string | null>(null)
  const form = useSubmit()
  const { draft, field } = useDraft({ reason: '' }, form.errors)

  const start = async () => {
    setBranches({ status: 'loading' })
    try {
      const { nodes } = await callCloud('admin', 'org.tree', {})
      setBranches({ status: 'ready', branches: nodes.filter((n) => n.kind === 'branch' && n.id !== branchId) })
    } catch (thrown) {
      setBranches({ status: 'error', message: asCloudError(thrown).message })
    }
  }

  const move = async () => {
    if (!target) {
      form.say('请选择转入的支部')
      return
    }
    await form.run(async () => {
      await callCloud('admin', 'member.move', { memberId: row.id, toBranchId: target, reason: draft.reason.trim() })
      void Taro.showToast({ title: `${row.name}已转出`, icon: 'none' })
      void Taro.navigateBack()
    })
  }

  if (branches.status === 'closed') {
    return <Button onClick={() => void start()}>转到其他支部</Button>
  }
  if (branches.status === 'loading') return <Loading text="正在读取支部…" />
  if (branches.status === 'error') {
    return (
      <View className="stack">
        <Notice kind="error">{branches.message}</Notice>
        <Button onClick={() => void start()}>重试</Button>
      </View>
    )
  }
  return (
    <View className="stack">
      <Text>转入后，{row.name}在新支部为党员，原来的书记、支委职务和党小组随之取消。</Text>
      <Field label="转入支部">
        <ChoiceChips
          column
          options={branches.branches.map((b) => ({ value: b.id, label: b.name }))}
          value={target}
          onChange={setTarget}
        />
      </Field>
      <TextField
        label="原因"
        {...field('reason', 'moveReason')}
        maxlength={ORG_LIMITS.reason}
        placeholder="如：工作调动"
      />
      <FormFoot
        form={form}
        submitText="确认转接"
        onSubmit={() => void move()}
        onCancel={() => setBranches({ status: 'closed' })}
      />
    </View>
  )
}
