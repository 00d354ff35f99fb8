import { View } from '@tarojs/components'
import { Button } from '../Button'

export interface SheetActionsProps {
  /** The sheet's one action, e.g. 保存. */
  submitText: string
  /** The action is running: 取消 waits and the action shows it is loading. */
  busy: boolean
  onSubmit: () => void
  onCancel: () => void
  /** The action cannot run yet for another reason (an upload under way). */
  submitDisabled?: boolean
}

/** 取消 and the form's one action side by side, at the foot of a `Sheet` or a form that can be put away. */
export function SheetActions({ submitText, busy, onSubmit, onCancel, submitDisabled }: SheetActionsProps) {
  return (
    <View className="row">
      <Button block disabled={busy} onClick={onCancel}>
        取消
      </Button>
      <Button kind="primary" block loading={busy} disabled={submitDisabled} onClick={onSubmit}>
        {submitText}
      </Button>
    </View>
  )
}
