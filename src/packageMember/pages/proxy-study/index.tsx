import Taro, { useRouter } from '@tarojs/taro'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { CheckinForm } from '@/pages/study-checkin/CheckinForm'

/** 代记学习: the elderly member's reading list and days, the same form as their own 记录学习. */
export default function ProxyStudyPage() {
  const { e = '' } = useRouter().params
  const screen = useScreen(() => callCloud('member', 'proxy.member', { elderId: e }))
  const leave = () => void Taro.navigateBack()
  return (
    <ScreenPage
      screen={screen}
      title={(page) => `代${page.elder.name}记录学习`}
      subtitle={(page) => `记下${page.elder.name}学了什么；记录写明由您代记。`}
    >
      {(page) => (
        <>
          <CheckinForm
            data={page.study}
            onStale={() => void screen.reload()}
            onLeave={leave}
            onDone={() => {
              void Taro.showToast({ title: '已代为记录', icon: 'none' })
              leave()
            }}
            save={(checkIn) => callCloud('member', 'proxy.checkIn', { elderId: e, ...checkIn })}
          />
        </>
      )}
    </ScreenPage>
  )
}
