import Taro from '@tarojs/taro'
import type { LiveView } from '@core/contract/activity-officer-views'
import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { QrCode } from '../../components/QrCode'

export interface CodePanelProps {
  code: NonNullable<LiveView['code']>
  serverNow: () => number
  present: number
  expected: number
  /** Shown over the whole screen, for members to scan from a metre or two. */
  full: boolean
  onToggleFull: () => void
}

function useSecondsLeft(changesAt: number, serverNow: () => number): number {
  const left = () => Math.max(0, Math.ceil((changesAt - serverNow()) / 1000))
  const [seconds, setSeconds] = useState(left)
  useEffect(() => {
    setSeconds(left())
    const tick = setInterval(() => setSeconds(left()), 1000)
    return () => clearInterval(tick)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- left() reads the latest props
  }, [changesAt, serverNow])
  return seconds
}

function screenSide(): number {
  try {
    const { windowWidth, windowHeight } = Taro.getWindowInfo()
    return Math.min(windowWidth, windowHeight) || 360
  } catch {
    return 360
  }
}

/** The rotating QR and 6-digit code, with a countdown to the next one. */
export function CodePanel({ code, serverNow, present, expected, full, onToggleFull }: CodePanelProps) {
  const seconds = useSecondsLeft(code.changesAt, serverNow)
  const side = Math.round(screenSide() * (full ? 0.9 : 0.72))
  return (
    <View className={full ? 'live-code live-code--full' : 'live-code'}>
      {code.wxacodeUrl ? (
        // The 小程序码: WeChat's own 扫一扫 opens 签到 with it, as does 扫码签到 in the app.
        <Image
          className="live-code__wxacode"
          src={code.wxacodeUrl}
          style={{ width: `${side}px`, height: `${side}px` }}
          mode="aspectFit"
          nativeProps={{ alt: '签到小程序码' }}
        />
      ) : (
        <>
          <QrCode id={full ? 'live-qr-full' : 'live-qr'} text={code.qrPayload} size={side} />
          <Text className="live-code__note">请在小程序里点“扫码签到”扫这个码，或输入下面的签到码</Text>
        </>
      )}
      <Text className="live-code__label">签到码</Text>
      <Text className="live-code__digits">{code.code}</Text>
      <Text className="live-code__countdown">{seconds > 0 ? `${seconds}秒后更换` : '正在更换…'}</Text>
      {/* Full screen hides the roster: the count comes along; otherwise the roster's card says it. */}
      {full ? (
        <Text className="live-code__count">
          已签到{present}人 / 应到{expected}人
        </Text>
      ) : null}
      <Button block onClick={onToggleFull}>
        {full ? '退出全屏' : '全屏显示（便于大家扫码）'}
      </Button>
    </View>
  )
}
