import { Text, View } from '@tarojs/components'
import { ELDER_LEVELS, setDisplayPrefs, useDisplay } from '@/display/prefs'
import { SwitchRow } from '../SwitchRow'
import './index.css'

export interface ElderSwitchProps {
  /** Also offer the three text sizes of 长辈版 (on 我的; 首页 keeps just the switch). */
  withLevels?: boolean
}

/** The 长辈版 switch: one large row, its state said in words as well as shown. */
export function ElderSwitch({ withLevels = false }: ElderSwitchProps) {
  const { prefs } = useDisplay()
  return (
    <View className="panel elder-switch">
      <SwitchRow
        label="长辈版（大字）"
        on={prefs.elder}
        offWords="未开启，点此开启"
        onChange={(elder) => setDisplayPrefs({ elder })}
      />
      {withLevels && prefs.elder ? (
        <View className="elder-switch__levels">
          <Text className="elder-switch__levels-title">字号</Text>
          <View className="elder-switch__level-options">
            {ELDER_LEVELS.map((level, index) => (
              <View
                key={level.label}
                className={
                  index === prefs.level ? 'elder-switch__level elder-switch__level--on' : 'elder-switch__level'
                }
                onClick={() => setDisplayPrefs({ level: index })}
              >
                <Text>{index === prefs.level ? `✓ ${level.label}` : level.label}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
