import { LIMITS } from '@core/activity/limits'
import { Picker, Text, View } from '@tarojs/components'
import { Field } from '@/components/Field'
import { TextField } from '@/components/TextField'

export interface TimesAndPlace {
  /** `HH:mm`, China time. */
  startTime: string
  endTime: string
  place: string
}

export interface TimesAndPlaceProps {
  value: TimesAndPlace
  /** One of them changed (the form's `useDraft().set`). */
  onChange: (key: keyof TimesAndPlace, value: string) => void
  /** `地点` for one activity, `通常地点` for a rule. */
  placeLabel: string
  placePlaceholder: string
  errors: Record<string, string>
}

function TimeField(props: { label: string; error?: string; value: string; onChange: (time: string) => void }) {
  const { label, error, value, onChange } = props
  return (
    <Field label={label} error={error}>
      <Picker mode="time" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="ui-input ui-input--picker">
          <Text>{value}</Text>
        </View>
      </Picker>
    </Field>
  )
}

/** 开始时间 and 结束时间 side by side, then the place: a rule's usual ones or one moved activity's. */
export function TimesAndPlace(props: TimesAndPlaceProps) {
  const { value, onChange, placeLabel, placePlaceholder, errors } = props
  return (
    <>
      <View className="row">
        <TimeField
          label="开始时间"
          error={errors.startTime}
          value={value.startTime}
          onChange={(time) => onChange('startTime', time)}
        />
        <TimeField
          label="结束时间"
          error={errors.endTime}
          value={value.endTime}
          onChange={(time) => onChange('endTime', time)}
        />
      </View>
      <TextField
        label={placeLabel}
        error={errors.place}
        name="place"
        value={value.place}
        maxlength={LIMITS.place}
        placeholder={placePlaceholder}
        onChange={(place) => onChange('place', place)}
      />
    </>
  )
}
