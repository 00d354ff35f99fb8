import type { DuesSettings } from '@core/contract/dues'
import type { MemberRow } from '@core/contract/org'
import { Picker, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { CheckList } from '@/components/CheckList'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { PickerFace } from '@/components/PickerFace'
import { asCloudError } from '@/errors/cloud-error'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

export interface SettingsSheetProps {
  settings: DuesSettings
  /** An admin's branch; a secretary's own is the server's default. */
  branchId?: string
  onSaved: () => void
  onCancel: () => void
}

const DAYS = Array.from({ length: 28 }, (_, i) => `每月${i + 1}日`)

function limitChoices(current: number) {
  const values = [...new Set([3, 6, current])].sort((a, b) => a - b)
  return values.map((n) => ({ value: String(n), label: `${n}个月` }))
}

/** The 支委 who may be named 收缴人, fetched when the sheet opens. */
function useCommittee(branchId?: string) {
  const [committee, setCommittee] = useState<MemberRow[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    callCloud('secretary', 'members.list', branchId ? { branchId } : {})
      .then((roster) => live && setCommittee(roster.members.filter((m) => m.role === 'committee')))
      .catch((thrown: unknown) => live && setProblem(asCloudError(thrown).message))
    return () => {
      live = false
    }
  }, [branchId])
  return { committee, problem }
}

/** 党费设置: the collection day, how far ahead (and back) members may pay, and the 收缴人. */
export function SettingsSheet({ settings, branchId, onSaved, onCancel }: SettingsSheetProps) {
  const [day, setDay] = useState(settings.collectionDay)
  const [limit, setLimit] = useState(String(settings.prepayLimit))
  const [treasurers, setTreasurers] = useState(settings.treasurers.map((t) => t.id))
  const form = useSubmit()
  const { errors } = form
  const committee = useCommittee(branchId)

  const toggle = (id: string) => setTreasurers((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))

  const save = () =>
    form.run(async () => {
      await callCloud('secretary', 'dues.settings.set', {
        ...(branchId ? { branchId } : {}),
        collectionDay: day,
        prepayLimit: Number(limit),
        ...(committee.committee ? { treasurerIds: treasurers } : {}),
      })
      onSaved()
    })

  return (
    <FormSheet title="党费设置" form={form} submitText="保存" onSubmit={() => void save()} onCancel={onCancel}>
      <Field label="收缴日" hint="每月这一天起收缴本月党费，并提醒党员。" error={errors.collectionDay}>
        <Picker mode="selector" range={DAYS} value={day - 1} onChange={(e) => setDay(Number(e.detail.value) + 1)}>
          <PickerFace text={DAYS[day - 1]} />
        </Picker>
      </Field>
      <Field
        label="最多预交几个月"
        hint="党员最多可以预交这么多个月，自己补交欠费也以这么多个月为限。"
        error={errors.prepayLimit}
      >
        <ChoiceChips options={limitChoices(settings.prepayLimit)} value={limit} onChange={setLimit} />
      </Field>
      <Field label="收缴人" hint="书记可以指定支委代为确认和登记党费。书记本人总是可以。" error={errors.treasurerIds}>
        {committee.committee === null ? (
          <Text className="text-secondary">{committee.problem ?? '正在读取支委名单…'}</Text>
        ) : committee.committee.length === 0 ? (
          <Text className="text-secondary">本支部还没有支委。</Text>
        ) : (
          <CheckList
            options={committee.committee.map((m) => ({
              value: m.id,
              label: m.duty ? `${m.name}（${m.duty}）` : m.name,
            }))}
            values={treasurers}
            onToggle={toggle}
          />
        )}
      </Field>
    </FormSheet>
  )
}
