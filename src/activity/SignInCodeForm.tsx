import { LIMITS } from '@core/activity/limits'
import { Input } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Field } from '@/components/Field'

export interface SignInCodeFormProps {
  code: string
  onCode: (code: string) => void
  busy: boolean
  /** 签到, 获取位置并签到 or 代为签到. */
  submitText: string
  onSubmit: () => void
  /** The member's own page draws the digits larger. */
  inputClassName?: string
}

/** The 6-digit code on the secretary's phone and the button that signs in with it, for oneself or for an elder. */
export function SignInCodeForm({ code, onCode, busy, submitText, onSubmit, inputClassName }: SignInCodeFormProps) {
  return (
    <>
      <Field label="签到码（6位数字）" hint="看书记手机上显示的数字，每30秒更换一次">
        <Input
          className={inputClassName ? `ui-input ${inputClassName}` : 'ui-input'}
          name="code"
          type="number"
          value={code}
          maxlength={LIMITS.signInCode}
          placeholder="6位数字"
          onInput={(event) => onCode(event.detail.value.replace(/\D/g, '').slice(0, LIMITS.signInCode))}
        />
      </Field>
      <Button kind="primary" block loading={busy} disabled={code.length !== LIMITS.signInCode} onClick={onSubmit}>
        {busy ? '正在签到…' : submitText}
      </Button>
    </>
  )
}
