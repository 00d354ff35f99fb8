import { View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { PickerFace } from '@/components/PickerFace'
import { Sheet } from '@/components/Sheet'

export interface PersonFieldProps {
  label: string
  people: Array<{ id: string; name: string }>
  value: string | null
  onChange: (id: string | null) => void
  error?: string
}

/** 主持人 / 记录人: one of the branch's members, chosen by name in a sheet of big name buttons. */
export function PersonField({ label, people, value, onChange, error }: PersonFieldProps) {
  const [open, setOpen] = useState(false)
  const chosen = people.find((p) => p.id === value)
  return (
    <Field label={label} error={error}>
      <View className="minutes-form__person" onClick={() => setOpen(true)}>
        <PickerFace text={chosen?.name ?? '请选择'} action={chosen ? '更改' : '选择'} />
      </View>
      {open ? (
        <Sheet title={`选择${label}`}>
          <ChoiceChips
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            value={value}
            onChange={(id) => {
              onChange(id)
              setOpen(false)
            }}
          />
          <View className="row">
            {value ? (
              <Button
                block
                onClick={() => {
                  onChange(null)
                  setOpen(false)
                }}
              >
                清空
              </Button>
            ) : null}
            <Button block onClick={() => setOpen(false)}>
              取消
            </Button>
          </View>
        </Sheet>
      ) : null}
    </Field>
  )
}
