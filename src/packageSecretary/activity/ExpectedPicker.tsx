import type { ActivityForm } from '@core/contract/activity-officer-views'
import type { ExpectedSpec } from '@core/activity/types'
import { Text, View } from '@tarojs/components'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'

type Kind = ExpectedSpec['kind']
const KINDS: Choice<Kind>[] = [
  { value: 'branch', label: '全支部党员' },
  { value: 'committee', label: '仅支委' },
  { value: 'group', label: '一个党小组' },
  { value: 'members', label: '指定党员' },
]

export interface ExpectedPickerProps {
  form: Pick<ActivityForm, 'groups' | 'members'>
  value: ExpectedSpec
  onChange: (value: ExpectedSpec) => void
  error?: string
  /** The field's words (an activity's 参加人员 by default; a notice's 发给谁). */
  label?: string
  hint?: string
}

function initial(kind: Kind, form: ExpectedPickerProps['form']): ExpectedSpec {
  if (kind === 'group') return { kind, groupId: form.groups[0]?.id ?? '' }
  if (kind === 'members') return { kind, memberIds: [] }
  return { kind }
}

/** Who is expected: the branch, its 支委, one 党小组, or members named one by one. */
export function ExpectedPicker({
  form,
  value,
  onChange,
  error,
  label = '参加人员',
  hint = '发布时按此确定应到名单',
}: ExpectedPickerProps) {
  const kinds = form.groups.length > 0 ? KINDS : KINDS.filter((k) => k.value !== 'group')
  const chosen = value.kind === 'members' ? new Set(value.memberIds) : new Set<string>()
  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange({ kind: 'members', memberIds: form.members.filter((m) => next.has(m.id)).map((m) => m.id) })
  }
  return (
    <Field label={label} hint={hint} error={error}>
      <ChoiceChips options={kinds} value={value.kind} onChange={(kind) => onChange(initial(kind, form))} />
      {value.kind === 'group' ? (
        <ChoiceChips
          column
          options={form.groups.map((g) => ({ value: g.id, label: g.name }))}
          value={value.groupId}
          onChange={(groupId) => onChange({ kind: 'group', groupId })}
        />
      ) : null}
      {value.kind === 'members' ? (
        <View className="stack">
          <Text className="text-secondary">已选{chosen.size}人，点姓名选择或取消</Text>
          <View className="ui-chips">
            {form.members.map((m) => (
              <View
                key={m.id}
                className={chosen.has(m.id) ? 'ui-choice ui-choice--on ui-chip ui-chip--on' : 'ui-choice ui-chip'}
                onClick={() => toggle(m.id)}
              >
                <Text>{chosen.has(m.id) ? `✓ ${m.name}` : m.name}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </Field>
  )
}
