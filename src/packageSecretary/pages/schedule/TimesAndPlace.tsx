import { LIMITS } from '@core/activity/limits'
import { Picker, Text, View } from '@tarojs/components'
import { Field } from '@/components/Field'
import { TextField } from '@/components/TextField'

export interface TimesAndPlaceProps {
  /** `HH:mm`, China time. */
  startTime: string
  endTime: string
  place: string
  onStart: (time: string) => void
  onEnd: (time: string) => void
  onPlace: (place: string) => void
  /** `地点` for one activity, `通常地点` for a rule. */
  placeLabel: string
  placePlaceholder: string
  errors: Record<string, string>
}

/** 开始时间 and 结束时间 side by side, then the place: a rule's usual ones or one moved activity's. */
export function TimesAndPlace(props: TimesAndPlaceProps) {
  const { startTime, endTime, place, onStart, onEnd, onPlace, placeLabel, placePlaceholder, errors } = props
  return (
    <>
      <View className="row">
        <Field label="开始时间" error={errors.startTime}>
          <Picker mode="time" value={startTime} onChange={(e) => onStart(String(e.detail.value))}>
            <View className="ui-input ui-input--picker">
              <Text>{startTime}</Text>
            </View>
          </Picker>
        </Field>
        <Field label="结束时间" error={errors.endTime}>
          <Picker mode="time" value={endTime} onChange={(e) => onEnd(String(e.detail.value))}>
            <View className="ui-input ui-input--picker">
              <Text>{endTime}</Text>
            </View>
          </Picker>
        </Field>
      </View>
      <TextField
        label={placeLabel}
        error={errors.place}
        name="place"
        value={place}
        maxlength={LIMITS.place}
        placeholder={placePlaceholder}
        onChange={onPlace}
      />
    </>
  )
}
