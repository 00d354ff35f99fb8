// weapp: the privacy consent popup. The H5 build uses index.h5.tsx (identity switcher).
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { AGREE_BUTTON_ID, answerPrivacyRequest, reportPopupShown, usePrivacyRequest } from '@/privacy/consent'
import { Button } from '../Button'
import '../Sheet/overlay.css'
import './index.css'

export function PlatformLayer() {
  const asked = usePrivacyRequest()
  useEffect(() => {
    if (asked) reportPopupShown()
  }, [asked])
  if (!asked) return null
  return (
    <View className="ui-overlay privacy-popup">
      <View className="ui-overlay__panel privacy-popup__sheet">
        <Text className="ui-overlay__title privacy-popup__title">隐私保护提示</Text>
        <Text className="privacy-popup__text">
          为了完成您刚才的操作，党建助手需要使用您的相关信息。请先阅读《用户隐私保护指引》，同意后才会继续。
        </Text>
        <View className="privacy-popup__link" onClick={() => void Taro.openPrivacyContract()}>
          <Text>查看《用户隐私保护指引》</Text>
        </View>
        <View className="privacy-popup__actions">
          <Button onClick={() => answerPrivacyRequest(false)}>不同意</Button>
          <Button
            kind="primary"
            id={AGREE_BUTTON_ID}
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacyRequest(true)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
