import Taro, { useRouter } from '@tarojs/taro'
import type { ActivityPage, SignInResult } from '@core/contract/activity-views'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SignInCodeForm } from '@/activity/SignInCodeForm'
import { signedInText, whenText } from '@/activity/words'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { currentPosition, LocationError } from '@/services/location'

function ProxySignIn({ page, elderId }: { page: ActivityPage & { elderName: string }; elderId: string }) {
  const { activity, me } = page
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<SignInResult | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const fenced = activity.geofence !== null
  const earlier = me.attendance

  const submit = async () => {
    setBusy(true)
    setRefused(null)
    try {
      const position = fenced ? await currentPosition() : undefined
      setDone(await callCloud('member', 'proxy.signIn', { elderId, activityId: activity.id, code, position }))
    } catch (thrown) {
      setRefused(thrown instanceof LocationError ? thrown.message : asCloudError(thrown).message)
    } finally {
      setBusy(false)
    }
  }

  if (done || earlier) {
    const at = done?.at ?? earlier?.at ?? 0
    const by = done?.proxyName ?? earlier?.proxyName
    return (
      <View className="stack">
        <Text className="page-title">为{page.elderName}签到</Text>
        <Text className="page-subtitle">{activity.title}</Text>
        <Notice kind="success">{`${signedInText(at, by)}${done?.already ? '（之前已经签过）' : ''}`}</Notice>
        <Button kind="primary" block onClick={() => void Taro.navigateBack()}>
          完成
        </Button>
      </View>
    )
  }
  return (
    <View className="stack">
      <Text className="page-title">为{page.elderName}签到</Text>
      <Text className="page-subtitle">{activity.title}</Text>
      <Text className="page-subtitle">
        {whenText(activity)} · {activity.place}
      </Text>
      {me.signIn.state !== 'open' && me.signIn.message ? <Notice kind="info">{me.signIn.message}</Notice> : null}
      {refused ? <Notice kind="error">{refused}</Notice> : null}
      <Card>
        <View className="stack">
          {fenced ? <Text>这次活动要在活动地点附近签到：会获取一次您的位置，只保存距离。</Text> : null}
          <SignInCodeForm
            code={code}
            onCode={setCode}
            busy={busy}
            submitText="代为签到"
            onSubmit={() => void submit()}
          />
        </View>
      </Card>
    </View>
  )
}

/** 代为签到: a linked member signs the elderly member in with the code on the secretary's phone. */
export default function ProxySignInPage() {
  const { e = '', a = '' } = useRouter().params
  const screen = useScreen(() => callCloud('member', 'proxy.activity', { elderId: e, activityId: a }))
  return (
    <PageShell>
      <ScreenView screen={screen}>{(page) => <ProxySignIn page={page} elderId={e} />}</ScreenView>
    </PageShell>
  )
}
