import { Text, View } from '@tarojs/components'
import { ELDER_LEVELS, setDisplayPrefs, useDisplay } from '@/display/prefs'
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
      <View className="elder-switch__row" onClick={() => setDisplayPrefs({ elder: !prefs.elder })}>
        <View className="elder-switch__label">
          <Text className="elder-switch__name">长辈版（大字）</Text>
          <Text className="elder-switch__state">{prefs.elder ? '已开启，点此关闭' : '未开启，点此开启'}</Text>
        </View>
        <View className={prefs.elder ? 'elder-switch__track elder-switch__track--on' : 'elder-switch__track'}>
          <View className="elder-switch__thumb" />
        </View>
      </View>
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
