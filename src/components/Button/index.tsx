import { Button as TaroButton } from '@tarojs/components'
import type { ButtonProps as TaroButtonProps } from '@tarojs/components'
import './index.css'

export interface ButtonProps {
  children: string
  onClick?: () => void
  /** primary: the one main action of a screen; plain: everything else. */
  kind?: 'primary' | 'plain'
  disabled?: boolean
  loading?: boolean
  /** Stretches to the width of its container. */
  block?: boolean
  id?: string
  openType?: TaroButtonProps['openType']
  onAgreePrivacyAuthorization?: TaroButtonProps['onAgreePrivacyAuthorization']
}

/** A big, plainly worded button: at least 44×44 px (60×60 in 长辈版). */
export function Button({
  children,
  onClick,
  kind = 'plain',
  disabled,
  loading,
  block,
  id,
  openType,
  onAgreePrivacyAuthorization,
}: ButtonProps) {
  // `true` or absent: on H5 a `disabled="false"` attribute still matches Taro's [disabled] styles.
  const off = disabled || loading ? true : undefined
  const className = [
    'ui-button',
    `ui-button--${kind}`,
    block ? 'ui-button--block' : '',
    off ? 'ui-button--disabled' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <TaroButton
      // Absent rather than id="undefined" on H5.
      {...(id ? { id } : {})}
      className={className}
      disabled={off}
      loading={loading ? true : undefined}
      openType={openType}
      onAgreePrivacyAuthorization={onAgreePrivacyAuthorization}
      onClick={off ? undefined : onClick}
    >
      {/* A text node of its own rather than the button's textContent: on H5 the label may
          change while Taro's button has drawn its spinner beside it. */}
      {[children]}
    </TaroButton>
  )
}
