import Taro, { useRouter } from '@tarojs/taro'
import type { LiveView, RosterRow, RosterView } from '@core/contract/activity-officer-views'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '@core/activity/types'
import { LIMITS } from '@core/activity/limits'
import { formatChinaClock, formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { NoTarget } from '@/components/NoTarget'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenView } from '@/components/ScreenView'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { keepAwake } from '../../services/keep-awake'
import { CodePanel } from './CodePanel'
import { countsText, RosterList } from './RosterList'
import { useLive, type Live } from './useLive'
import { useLeaveDecision } from '../../activity/useLeaveDecision'
import './index.css'
import { activityPhase } from '@core/activity/status'
import { takesMinutes } from '@core/minutes/types'
import { takesVotes } from '@core/vote/types'
import { confirmDialog } from '@/services/dialog'

function Header({ view }: { view: LiveView }) {
  const a = view.roster.activity
  return (
    <View>
      <Text className="live__type">
        {ACTIVITY_TYPE_LABELS[a.type]} · {ACTIVITY_STATUS_LABELS[a.status]}
      </Text>
      <Text className="page-title">{a.title}</Text>
      <Text className="page-subtitle">
        {formatChinaDateTime(a.startAt)}–{formatChinaClock(a.endAt)} · {a.place}
      </Text>
    </View>
  )
}

function Closing({ view, onClosed }: { view: LiveView; onClosed: (next: LiveView) => void }) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const { activity, counts } = view.roster
  if (activity.status === 'closed') {
    return (
      <Notice kind="success">
        {`活动已结束，记录已固定。补学：已完成${counts.makeupDone}人，未完成${counts.makeupOpen}人。`}
      </Notice>
    )
  }
  if (activity.status !== 'published' || view.serverNow < activity.startAt) return null
  const close = async () => {
    const missing = counts.expected - counts.present
    const confirm = await confirmDialog({
      title: '结束活动',
      content: `结束后签到记录固定；没有签到的${missing}人（缺席或请假）会收到补学任务。之后如需更正，只能由书记写明原因补签。`,
      confirmText: '结束活动',
      cancelText: '再等等',
    })
    if (!confirm) return
    setBusy(true)
    setProblem(null)
    try {
      onClosed(await callCloud('secretary', 'activity.close', { activityId: activity.id }))
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="stack">
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <Button kind="primary" block loading={busy} onClick={() => void close()}>
        结束活动并生成补学任务
      </Button>
    </View>
  )
}

function LiveScreen({ live, view }: { live: Live; view: LiveView }) {
  const [full, setFull] = useState(false)
  const [marking, setMarking] = useState<RosterRow | null>(null)
  const takeRoster = (next: RosterView) => live.replace({ ...view, roster: next })
  const decision = useLeaveDecision(takeRoster)
  const { window: signIn, code, roster } = view
  const activityId = roster.activity.id
  const phase = activityPhase(roster.activity, live.serverNow())
  const asked = (row: RosterRow) => ({ activityId, memberId: row.memberId, name: row.name })

  return (
    <View className="stack">
      <Header view={view} />
      {code ? (
        <CodePanel
          code={code}
          serverNow={live.serverNow}
          present={roster.counts.present}
          expected={roster.counts.expected}
          full={full}
          onToggleFull={() => setFull(!full)}
        />
      ) : signIn.state === 'closed' ? null : (
        <Notice kind="info">
          {signIn.state === 'ended'
            ? `签到时间已过（活动已于${formatChinaClock(signIn.closesAt)}结束）。如有人确实参加了但没签到，可以为其补签。`
            : (signIn.message ?? '现在不在签到时间内')}
        </Notice>
      )}
      <Card>
        <Text className="live__counts">{countsText(roster, phase)}</Text>
      </Card>
      {takesMinutes(roster.activity.type) &&
      (roster.activity.status === 'closed' ||
        (roster.activity.status === 'published' && roster.activity.startAt <= live.serverNow())) ? (
        <EntryRow
          title="会议记录"
          onClick={() =>
            void Taro.navigateTo({ url: `/packageSecretary/pages/minutes/index?id=${encodeURIComponent(activityId)}` })
          }
        />
      ) : null}
      {roster.activity.type === 'lifeMeeting' ? (
        <EntryRow
          title="会前准备与整改清单"
          onClick={() =>
            void Taro.navigateTo({ url: `/packageSecretary/pages/orglife/index?id=${encodeURIComponent(activityId)}` })
          }
        />
      ) : null}
      {takesVotes(roster.activity.type) &&
      (roster.activity.status === 'closed' ||
        (roster.activity.status === 'published' && roster.activity.startAt <= live.serverNow())) ? (
        <EntryRow
          title="表决"
          value="录入票数，看是否通过"
          onClick={() =>
            void Taro.navigateTo({ url: `/packageSecretary/pages/vote/index?id=${encodeURIComponent(activityId)}` })
          }
        />
      ) : null}
      {decision.notice()}
      <RosterList
        roster={roster}
        phase={phase}
        actions={{
          canMark: signIn.state !== 'notYet' && signIn.state !== 'notPublished',
          busyId: decision.busyMemberId,
          onApprove: (row) => decision.approve(asked(row)),
          onRefuse: (row) => decision.refuse(asked(row)),
          onMark: setMarking,
        }}
      />
      {/* At the end, away from the code and the roster where a thumb lands. */}
      <Closing view={view} onClosed={live.replace} />
      {decision.sheet}
      {marking ? (
        <ReasonSheet
          title={`为${marking.name}补签`}
          explain="只在确实参加了、但没能自己签到时补签（如手机没电）。原因会记入操作记录，机关党委可以查看。"
          label="补签原因"
          placeholder="如：手机没电，本人在现场参加"
          confirmText="确认补签"
          min={LIMITS.reasonMin}
          max={LIMITS.reason}
          onCancel={() => setMarking(null)}
          onSubmit={async (reason) => {
            const next = await callCloud('secretary', 'attendance.markPresent', {
              activityId,
              memberId: marking.memberId,
              reason,
            })
            setMarking(null)
            void Taro.showToast({ title: `已为${marking.name}补签`, icon: 'none' })
            takeRoster(next)
          }}
        />
      ) : null}
    </View>
  )
}

/** 活动现场: the rotating QR and code on the secretary's phone, and the live roster. */
export default function LivePage() {
  const { id } = useRouter().params
  return id ? (
    <LiveActivity id={id} />
  ) : (
    <NoTarget what="活动" from="活动安排" url="/packageSecretary/pages/schedule/index" />
  )
}

function LiveActivity({ id }: { id: string }) {
  const live = useLive(id)
  useEffect(() => {
    keepAwake(true)
    return () => keepAwake(false)
  }, [])
  return (
    <PageShell>
      <ScreenView screen={live}>{(view) => <LiveScreen live={live} view={view} />}</ScreenView>
    </PageShell>
  )
}
