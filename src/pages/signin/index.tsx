import Taro, { useRouter } from '@tarojs/taro'
import type { ActivityPage, SignInResult } from '@core/contract/activity-views'
import { parseScan, parseScene, sceneOf, type ScannedSignIn } from '@core/activity/code'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { SignInCodeForm } from '@/activity/SignInCodeForm'
import { signedInText, whenText } from '@/activity/words'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ReminderOffer } from '@/components/ReminderOffer'
import { ScreenView } from '@/components/ScreenView'
import { NoTarget } from '@/components/NoTarget'
import { useReminderOffer } from '@/hooks/useReminderOffer'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { currentPosition, LocationError } from '@/services/location'
import { canScan, scanCode } from '@/services/scan'
import './index.css'

type Outcome = { kind: 'done'; result: SignInResult } | { kind: 'refused'; message: string }

function Done({ result }: { result: SignInResult }) {
  return (
    <View className="signin__result signin__result--done">
      <Text className="signin__big">✓ {signedInText(result.at, result.proxyName)}</Text>
      {result.already ? <Text className="signin__small">您之前已经签过到了，不用再签。</Text> : null}
      <Text className="signin__small">{result.title}</Text>
      <Text className="signin__small">地点：{result.place}</Text>
      {result.distanceM !== null ? <Text className="signin__small">距离活动地点约{result.distanceM}米</Text> : null}
    </View>
  )
}

function Refused({ message }: { message: string }) {
  return (
    <View className="signin__result signin__result--refused">
      <Text className="signin__big">✗ 没能签到</Text>
      <Text className="signin__why">{message}</Text>
    </View>
  )
}

/** Where a scan of another activity's code leads: its own sign-in page, which signs in from there. */
function signInUrl(scanned: ScannedSignIn): string {
  return 'activityId' in scanned
    ? `/pages/signin/index?a=${encodeURIComponent(scanned.activityId)}&c=${scanned.code}`
    : `/pages/signin/index?scene=${encodeURIComponent(sceneOf(scanned.signInKey, scanned.code))}`
}

/**
 * The form and the result of one sign-in: type the code or scan; position only with a fence.
 * `presetKey` is the sign-in key of the 小程序码 the page was opened with, if any.
 */
function SignIn({ page, presetCode, presetKey }: { page: ActivityPage; presetCode: string; presetKey?: string }) {
  const { activity, me } = page
  const [code, setCode] = useState(presetCode)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(
    me.attendance
      ? {
          kind: 'done',
          result: { ...activity, activityId: activity.id, ...me.attendance, distanceM: null, already: true },
        }
      : null,
  )
  const fenced = activity.geofence !== null
  const autoTried = useRef(false)
  const offer = useReminderOffer('signIn')

  const submit = async (typed: string, via: 'code' | 'qr', signInKey?: string) => {
    setBusy(true)
    try {
      const position = fenced ? await currentPosition() : undefined
      const result = await callCloud('member', 'attendance.signIn', {
        activityId: activity.id,
        code: typed,
        via,
        position,
        ...(signInKey ? { signInKey } : {}),
      })
      setOutcome({ kind: 'done', result })
      if (!result.already) offer.show()
    } catch (thrown) {
      const error = asCloudError(thrown)
      if (signInKey && error.code === 'ATTENDANCE.OTHER_ACTIVITY') {
        // A 小程序码 of another activity, scanned here: that activity's own page signs in.
        void Taro.redirectTo({ url: signInUrl({ signInKey, code: typed }) })
        return
      }
      const message =
        thrown instanceof LocationError
          ? `${thrown.message}。这次活动需要在活动地点附近签到；如果不方便开启位置，请在现场请书记为您补签。`
          : error.message
      setOutcome({ kind: 'refused', message })
    } finally {
      setBusy(false)
    }
  }

  // Opened from the QR (WeChat's scanner or ours) with no fence: sign in at once. With a fence,
  // the person taps first, so that the location is asked for at a tap they understand.
  useEffect(() => {
    if (autoTried.current || outcome || !presetCode || fenced) return
    autoTried.current = true
    void submit(presetCode, 'qr', presetKey)
  })

  const scan = async () => {
    const scanned = await scanCode()
    if (scanned === null) return
    const parsed = parseScan(scanned)
    if (!parsed) {
      setOutcome({ kind: 'refused', message: '这不是签到二维码，请扫描书记手机上显示的二维码' })
      return
    }
    if ('activityId' in parsed && parsed.activityId !== activity.id) {
      void Taro.redirectTo({ url: signInUrl(parsed) })
      return
    }
    setCode(parsed.code)
    void submit(parsed.code, 'qr', 'signInKey' in parsed ? parsed.signInKey : undefined)
  }

  return (
    <View className="stack">
      <Text className="page-title">{activity.title}</Text>
      <Text className="page-subtitle">
        {whenText(activity)} · {activity.place}
      </Text>
      {outcome?.kind === 'done' ? <Done result={outcome.result} /> : null}
      {outcome?.kind === 'refused' ? <Refused message={outcome.message} /> : null}
      <ReminderOffer {...offer.props} />
      {outcome?.kind === 'done' ? (
        <Button
          kind="primary"
          block
          onClick={() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/home/index' }))}
        >
          完成
        </Button>
      ) : (
        <Card>
          <View className="stack">
            {!outcome && me.signIn.state !== 'open' && me.signIn.message ? (
              <Notice kind="info">{me.signIn.message}</Notice>
            ) : null}
            {fenced ? (
              <Notice kind="info">
                {`这次活动要在活动地点${activity.geofence?.radiusM ?? ''}米以内签到。点“签到”时会获取一次您的位置，只用来算出与活动地点的距离，不保存位置本身。`}
              </Notice>
            ) : null}
            <SignInCodeForm
              code={code}
              onCode={setCode}
              busy={busy}
              submitText={fenced ? '获取位置并签到' : '签到'}
              onSubmit={() => void submit(code, 'code')}
              inputClassName="signin__code"
            />
            {canScan ? (
              <Button block disabled={busy} onClick={() => void scan()}>
                {outcome ? '重新扫码' : '扫码签到'}
              </Button>
            ) : null}
          </View>
        </Card>
      )}
    </View>
  )
}

/**
 * 签到: opened from 活动详情 or 首页's card (`?a=<activity>`), by the in-app scanner from the
 * plain QR (`?a=…&c=…`), or by WeChat's own 扫一扫 from the 小程序码 (`?scene=k%3D…%26c%3D…`).
 */
export default function SignInPage() {
  const { a, c = '', scene } = useRouter().params
  if (a) return <SignInByActivity activityId={a} presetCode={/^\d{6}$/.test(c) ? c : ''} />
  if (scene !== undefined) {
    const parsed = parseScene(scene)
    return parsed ? <SignInByKey {...parsed} /> : <UnreadableCode />
  }
  return <NoTarget what="活动" from="活动" url="/pages/activities/index" tab />
}

function SignInByActivity({ activityId, presetCode }: { activityId: string; presetCode: string }) {
  const screen = useScreen(() => callCloud('member', 'activity.get', { activityId }))
  return (
    <PageShell>
      <ScreenView screen={screen}>{(page) => <SignIn page={page} presetCode={presetCode} />}</ScreenView>
    </PageShell>
  )
}

function SignInByKey({ signInKey, code }: { signInKey: string; code: string }) {
  const screen = useScreen(() => callCloud('member', 'activity.forSignIn', { signInKey }))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => <SignIn page={page} presetCode={code} presetKey={signInKey} />}
      </ScreenView>
    </PageShell>
  )
}

/** A 小程序码 whose scene is not one of ours (damaged, or of another page's making). */
function UnreadableCode() {
  return (
    <PageShell>
      <View className="stack">
        <Refused message="这个码不是签到码，或者没有扫完整。请重新扫描书记手机上的签到码，或在“活动”里打开这次活动，输入6位签到码。" />
        <Button block onClick={() => void Taro.switchTab({ url: '/pages/activities/index' })}>
          去“活动”
        </Button>
      </View>
    </PageShell>
  )
}
