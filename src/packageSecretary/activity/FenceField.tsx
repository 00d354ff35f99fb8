import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { PICK_LABEL, pickPosition } from '../services/pick-position'
import { DEFAULT_RADIUS_M, type FenceDraft } from './draft'

export interface FenceFieldProps {
  value: FenceDraft | null
  onChange: (value: FenceDraft | null) => void
  errors: Record<string, string>
}

/** Optional sign-in range: a position and a radius. Without one, members sign in by code alone. */
export function FenceField({ value, onChange, errors }: FenceFieldProps) {
  const set = (patch: Partial<FenceDraft>) => value && onChange({ ...value, ...patch })
  const pick = async () => {
    const at = await pickPosition()
    if (at) onChange({ lat: String(at.lat), lng: String(at.lng), radiusM: value?.radiusM ?? String(DEFAULT_RADIUS_M) })
  }
  return (
    <Field
      label="签到范围"
      hint="限定范围后，党员签到时要获取一次位置（只保存距离）。一般不需要限定：签到码每30秒更换，已能防止代签。"
      error={errors.lat ?? errors.lng ?? errors.radiusM ?? errors.geofence}
    >
      <ChoiceChips
        options={[
          { value: 'off', label: '不限定' },
          { value: 'on', label: '限定在活动地点附近' },
        ]}
        value={value ? 'on' : 'off'}
        onChange={(choice) =>
          onChange(choice === 'on' ? (value ?? { lat: '', lng: '', radiusM: String(DEFAULT_RADIUS_M) }) : null)
        }
      />
      {value ? (
        <View className="stack">
          <Button onClick={() => void pick()}>{PICK_LABEL}</Button>
          <View className="row">
            <CoordinateInput value={value} coordinate="lat" placeholder="纬度，如 30.5928" onChange={set} />
            <CoordinateInput value={value} coordinate="lng" placeholder="经度，如 114.3055" onChange={set} />
          </View>
          <Text>范围（米，30到5000）</Text>
          <Input
            className="ui-input"
            name="radiusM"
            type="number"
            value={value.radiusM}
            placeholder="如 300"
            onInput={(e) => set({ radiusM: e.detail.value.replace(/\D/g, '') })}
          />
        </View>
      ) : null}
    </Field>
  )
}

interface CoordinateInputProps {
  value: FenceDraft
  coordinate: 'lat' | 'lng'
  placeholder: string
  onChange: (patch: Partial<FenceDraft>) => void
}

/** The centre's latitude or longitude, typed as the phone's map would give it. */
function CoordinateInput({ value, coordinate, placeholder, onChange }: CoordinateInputProps) {
  return (
    <Input
      className="ui-input"
      name={coordinate}
      type="digit"
      value={value[coordinate]}
      placeholder={placeholder}
      onInput={(e) => onChange({ [coordinate]: e.detail.value })}
    />
  )
}
