import { Button as TaroButton, Text } from '@tarojs/components'
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
  const off = disabled || loading
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
      id={id}
      className={className}
      disabled={off}
      loading={loading}
      openType={openType}
      onAgreePrivacyAuthorization={onAgreePrivacyAuthorization}
      onClick={off ? undefined : onClick}
    >
      {/* In its own element: on H5 the label may change while Taro's button draws its spinner. */}
      <Text>{children}</Text>
    </TaroButton>
  )
}
