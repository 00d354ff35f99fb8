import Taro, { useRouter } from '@tarojs/taro'
import type { ActivityPage } from '@core/contract/activity-views'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '@core/activity/types'
import { LIMITS } from '@core/activity/limits'
import { takesMinutes } from '@core/minutes/types'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { leaveSteps, myStoryLines, statusText, whenText } from '@/activity/words'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { MaterialList } from '@/components/MaterialList'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ReminderOffer } from '@/components/ReminderOffer'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { Steps } from '@/components/Steps'
import { makeupPage } from '@/components/MakeupTaskRow'
import { targetPage } from '@/components/NoTarget'
import { useReminderOffer } from '@/hooks/useReminderOffer'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { canOpenMap, openMap } from '@/services/map'
import './index.css'

const go = (url: string) => () => void Taro.navigateTo({ url })

function Place({ activity }: { activity: ActivityPage['activity'] }) {
  const fence = activity.geofence
  return (
    <>
      <Text className="detail__line">地点：{activity.place}</Text>
      {fence ? (
        <Text className="text-secondary">签到需在活动地点{fence.radiusM}米以内（签到时获取一次位置）</Text>
      ) : null}
      {fence && canOpenMap ? <Button onClick={() => openMap(fence, activity.place)}>在地图中查看</Button> : null}
    </>
  )
}

/** Nothing to sign in for: not expected, on approved leave, or already present ("请联系书记补签" would mislead). */
const NO_SIGN_IN_HINT: readonly ActivityPage['me']['status'][] = ['notExpected', 'onLeave', 'present']

function MyStanding({ page, onLeave }: { page: ActivityPage; onLeave: () => void }) {
  const { activity, me, makeupTask } = page
  const id = encodeURIComponent(activity.id)
  return (
    <Card>
      <View className="stack">
        <Text className="detail__status">我的状态：{statusText(me, activity)}</Text>
        {myStoryLines(me).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {me.leave ? <Steps title="请假办理进度" steps={leaveSteps(me.leave)} /> : null}
        {!me.can.signIn && me.signIn.message && !me.attendance && !NO_SIGN_IN_HINT.includes(me.status) ? (
          <Notice kind="info">{me.signIn.message}</Notice>
        ) : null}
        {me.can.signIn ? (
          <Button kind="primary" block onClick={go(`/pages/signin/index?a=${id}`)}>
            签到
          </Button>
        ) : null}
        {me.can.requestLeave ? (
          <Button block onClick={onLeave}>
            {me.leave ? '重新请假（修改原因）' : '请假'}
          </Button>
        ) : null}
        {makeupTask ? (
          <Button kind={me.can.submitMakeup ? 'primary' : 'plain'} block onClick={go(makeupPage(id))}>
            {me.can.submitMakeup ? '去补学' : '查看补学'}
          </Button>
        ) : null}
      </View>
    </Card>
  )
}

/** 活动详情: agenda, place, time, materials and my standing; 请假 and 签到 from here. */
export default targetPage('id', ActivityDetailPageFor, {
  what: '活动',
  from: '活动',
  url: '/pages/activities/index',
  tab: true,
})

function ActivityDetailPageFor({ id }: { id: string }) {
  const { leave } = useRouter().params
  const opener = useMaterialOpener()
  const screen = useScreen(() => callCloud('member', 'activity.get', { activityId: id }))
  const [asking, setAsking] = useState(leave === '1')
  const offer = useReminderOffer('leave')

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => {
          const { activity } = page
          return (
            <View className="stack">
              <Text className="detail__type">
                {ACTIVITY_TYPE_LABELS[activity.type]} · {ACTIVITY_STATUS_LABELS[activity.status]}
              </Text>
              <Text className="page-title">{activity.title}</Text>
              <Card>
                <View className="stack">
                  <Text className="detail__line">时间：{whenText(activity)}</Text>
                  <Place activity={activity} />
                </View>
              </Card>
              <MyStanding page={page} onLeave={() => setAsking(true)} />
              {takesMinutes(activity.type) && activity.status === 'closed' && page.me.status !== 'notExpected' ? (
                <EntryRow
                  title="会议记录"
                  value="会上讲了什么、决定了什么"
                  onClick={go(`/packageMember/pages/minutes/index?id=${encodeURIComponent(activity.id)}`)}
                />
              ) : null}
              <ReminderOffer {...offer.props} />
              <Section title="议程">
                <Text className="detail__agenda" userSelect>
                  {activity.agenda || '书记还没有填写议程。'}
                </Text>
              </Section>
              <Section title="学习材料">
                <MaterialList materials={activity.materials} opener={opener} />
              </Section>
              {asking && page.me.can.requestLeave ? (
                <ReasonSheet
                  title={`请假：${activity.title}`}
                  explain="请写明不能参加的原因，书记批准后即为请假。活动结束后会有补学任务，学习材料并写一段心得即可。"
                  label="请假原因"
                  placeholder="如：出差在外地"
                  confirmText="提交请假"
                  min={LIMITS.reasonMin}
                  max={LIMITS.reason}
                  initial={page.me.leave?.reason ?? ''}
                  onCancel={() => setAsking(false)}
                  onSubmit={async (reason) => {
                    // The answer is this member's part of the page: shown as it is, no second call.
                    const me = await callCloud('member', 'leave.request', { activityId: activity.id, reason })
                    screen.replace({ ...page, me })
                    setAsking(false)
                    void Taro.showToast({ title: '已提交，等待书记审批', icon: 'none' })
                    offer.show()
                  }}
                />
              ) : null}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
