import { Text, View } from '@tarojs/components'
import { Button } from '../Button'
import './index.css'

export interface BindPromptProps {
  /** What this screen will show once bound, e.g. `活动安排和签到`. */
  what: string
  onBind: () => void
}

/** For a WeChat user not yet bound to a roster entry: what to do, and the way there (the tab bar stays). */
export function BindPrompt({ what, onBind }: BindPromptProps) {
  return (
    <View className="bind-prompt">
      <Text className="bind-prompt__title">请先绑定党员身份</Text>
      <Text className="bind-prompt__text">绑定后，这里会显示{what}。</Text>
      <Text className="bind-prompt__text">需要支部书记给您的6位绑定码，和您在名册上的姓名。</Text>
      <View className="bind-prompt__action">
        <Button kind="primary" block onClick={onBind}>
          去绑定
        </Button>
      </View>
    </View>
  )
}
