import { Picker, Text, View } from '@tarojs/components'
import { Field } from '@/components/Field'

export interface TimeFieldsProps {
  /** `HH:mm`, China time. */
  startTime: string
  endTime: string
  onStart: (time: string) => void
  onEnd: (time: string) => void
  errors: Record<string, string>
}

/** 开始时间 and 结束时间 side by side: a rule's usual hours, or one moved activity's. */
export function TimeFields({ startTime, endTime, onStart, onEnd, errors }: TimeFieldsProps) {
  return (
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
  )
}
