import type { BureauAudience, NoticeForm } from '@core/contract/notify-views'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'

export interface BureauAudiencePickerProps {
  branches: NoticeForm['branches']
  value: BureauAudience
  onChange: (value: BureauAudience) => void
  error?: string
}

/** The party office's readers: the whole bureau, or branches chosen one by one. */
export function BureauAudiencePicker({ branches, value, onChange, error }: BureauAudiencePickerProps) {
  const chosen = new Set(value.kind === 'branches' ? value.branchIds : [])
  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange({ kind: 'branches', branchIds: branches.filter((b) => next.has(b.id)).map((b) => b.id) })
  }
  return (
    <Field label="发给谁" hint="发布后所选范围内的党员都能在“通知”里看到" error={error}>
      <ChoiceChips
        options={[
          { value: 'bureau', label: '全机关党员' },
          { value: 'branches', label: '选择支部' },
        ]}
        value={value.kind}
        onChange={(kind) => onChange(kind === 'bureau' ? { kind } : { kind, branchIds: [] })}
      />
      {value.kind === 'branches' ? (
        <View className="stack">
          <Text className="text-secondary">已选{chosen.size}个支部，点名称选择或取消</Text>
          <View className="ui-chips ui-chips--column">
            {branches.map((b) => (
              <View
                key={b.id}
                className={chosen.has(b.id) ? 'ui-choice ui-choice--on ui-chip ui-chip--on' : 'ui-choice ui-chip'}
                onClick={() => toggle(b.id)}
              >
                <Text>{chosen.has(b.id) ? `✓ ${b.name}` : b.name}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </Field>
  )
}
