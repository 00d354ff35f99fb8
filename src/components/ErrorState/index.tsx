import { Text, View } from '@tarojs/components'
import { Button } from '../Button'
import './index.css'

export interface ErrorStateProps {
  /** What went wrong, in words a person understands. */
  message: string
  onRetry: () => void
  /** Shown so that a person can quote it to the party office. */
  requestId?: string
}

export function ErrorState({ message, onRetry, requestId }: ErrorStateProps) {
  return (
    <View className="ui-error">
      <Text className="ui-error__title">没能打开</Text>
      <Text className="ui-error__message">{message}</Text>
      {requestId ? <Text className="ui-error__request">错误编号：{requestId}</Text> : null}
      <View className="ui-error__action">
        <Button kind="primary" onClick={onRetry}>
          重试
        </Button>
      </View>
    </View>
  )
}
