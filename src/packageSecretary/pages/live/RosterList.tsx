import type { RosterRow, RosterView } from '@core/contract/activity-officer-views'
import { countsText as standingText, standingLabel, type ActivityPhase } from '@core/activity/status'
import { SIGN_IN_METHOD_LABELS, makeupStateText, type MemberStatus } from '@core/activity/types'
import { formatChinaClock } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Section } from '@/components/Section'

export interface RosterActions {
  /** Whether a member may be signed in by hand now (sign-in has opened). */
  canMark: boolean
  busyId: string | null
  onApprove: (row: RosterRow) => void
  onRefuse: (row: RosterRow) => void
  onMark: (row: RosterRow) => void
}

/** The chip's tint repeats the words: done (present, on leave), waiting on someone, absent. */
const TONES: Record<MemberStatus, 'success' | 'warning' | 'danger' | 'neutral'> = {
  present: 'success',
  onLeave: 'success',
  leavePending: 'warning',
  expected: 'neutral',
  absent: 'danger',
  notExpected: 'neutral',
}

/** Who still needs something first, those present last. */
const GROUPS: MemberStatus[] = ['leavePending', 'expected', 'absent', 'onLeave', 'present']

function details(row: RosterRow): string[] {
  const lines: string[] = []
  const a = row.attendance
  if (a && a.status === 'present') {
    const how = a.method ? SIGN_IN_METHOD_LABELS[a.method] : ''
    lines.push(`${formatChinaClock(a.at)} ${how}${a.distanceM !== null ? `，距离${a.distanceM}米` : ''}`)
    if (a.byName) lines.push(`${a.byName}补签：${a.reason ?? ''}`)
    if (a.corrected) lines.push('记录曾更正（保留历史）')
  }
  if (row.leave) {
    const decided =
      row.leave.status === 'approved'
        ? '，已批准'
        : row.leave.status === 'refused'
          ? `，未批准：${row.leave.decisionReason ?? ''}`
          : ''
    lines.push(`请假原因：${row.leave.reason}${decided}`)
  }
  return lines
}

function Row({ row, actions, phase }: { row: RosterRow; actions: RosterActions; phase: ActivityPhase }) {
  const busy = actions.busyId === row.memberId
  const canMark = actions.canMark && row.status !== 'present' && row.status !== 'notExpected'
  return (
    <Card>
      <View className="roster-row">
        <View className="spread-row">
          <Text className="roster-row__name">{row.name}</Text>
          <Text className={`roster-row__status status-chip status-chip--${TONES[row.status]}`}>
            {standingLabel(row.status, phase)}
          </Text>
        </View>
        {row.groupName ? <Text className="text-secondary">{row.groupName}</Text> : null}
        {details(row).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {row.makeup ? <Text className="keep-words">补学：{makeupStateText(row.makeup, row.makeupOffline)}</Text> : null}
        {row.status === 'leavePending' || canMark ? (
          <View className="row">
            {row.status === 'leavePending' ? (
              <>
                <Button kind="primary" block loading={busy} onClick={() => actions.onApprove(row)}>
                  批准请假
                </Button>
                <Button block disabled={busy} onClick={() => actions.onRefuse(row)}>
                  不批准
                </Button>
              </>
            ) : null}
            {canMark && row.status !== 'leavePending' ? (
              <Button block disabled={busy} onClick={() => actions.onMark(row)}>
                补签
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>
    </Card>
  )
}

/** The roster by standing, in the words every screen uses (core/activity/status). */
export function RosterList({
  roster,
  actions,
  phase,
}: {
  roster: RosterView
  actions: RosterActions
  phase: ActivityPhase
}) {
  return (
    <>
      {GROUPS.map((status) => {
        const rows = roster.rows.filter((row) => row.status === status)
        if (rows.length === 0) return null
        return (
          <Section key={status} title={`${standingLabel(status, phase)}（${rows.length}人）`}>
            {rows.map((row) => (
              <Row key={row.memberId} row={row} actions={actions} phase={phase} />
            ))}
          </Section>
        )
      })}
    </>
  )
}

/** `应到12人：已签到5人（扫码3，签到码1，书记补签1），请假2人，请假待批1人，未签到4人` */
export function countsText({ counts }: RosterView, phase: ActivityPhase): string {
  const methods = (['qr', 'code', 'manual'] as const)
    .filter((m) => counts.byMethod[m] > 0)
    .map((m) => `${SIGN_IN_METHOD_LABELS[m]}${counts.byMethod[m]}`)
  const text = standingText({ ...counts, waiting: counts.waiting }, phase)
  return methods.length > 0
    ? text.replace(`已签到${counts.present}人`, `已签到${counts.present}人（${methods.join('，')}）`)
    : text
}
