import type { RosterRow, RosterView } from '@core/contract/activity-views'
import {
  MAKEUP_STATUS_LABELS,
  MEMBER_STATUS_LABELS,
  SIGN_IN_METHOD_LABELS,
  type MemberStatus,
} from '@core/activity/types'
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

const GROUPS: Array<{ status: MemberStatus; title: string }> = [
  { status: 'leavePending', title: '请假待批' },
  { status: 'expected', title: '未签到' },
  { status: 'absent', title: '缺席' },
  { status: 'onLeave', title: '已请假' },
  { status: 'present', title: '已签到' },
]

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
  if (row.makeup) lines.push(`补学：${MAKEUP_STATUS_LABELS[row.makeup]}`)
  return lines
}

function Row({ row, actions }: { row: RosterRow; actions: RosterActions }) {
  const busy = actions.busyId === row.memberId
  const canMark = actions.canMark && row.status !== 'present' && row.status !== 'notExpected'
  return (
    <Card>
      <View className="roster-row">
        <View className="roster-row__head">
          <Text className="roster-row__name">{row.name}</Text>
          <Text className="roster-row__status">{MEMBER_STATUS_LABELS[row.status]}</Text>
        </View>
        {row.groupName ? <Text className="text-secondary">{row.groupName}</Text> : null}
        {details(row).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
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

/** The roster by standing: who still needs something first, those present last. */
export function RosterList({ roster, actions }: { roster: RosterView; actions: RosterActions }) {
  return (
    <>
      {GROUPS.map(({ status, title }) => {
        const rows = roster.rows.filter((row) => row.status === status)
        if (rows.length === 0) return null
        return (
          <Section key={status} title={`${title}（${rows.length}人）`}>
            {rows.map((row) => (
              <Row key={row.memberId} row={row} actions={actions} />
            ))}
          </Section>
        )
      })}
    </>
  )
}

/** `应到12人：已签到5人（扫码3，签到码1，书记补签1），请假2人，请假待批1人，未签到4人` */
export function countsText({ counts }: RosterView, ended: boolean): string {
  const methods = (['qr', 'code', 'manual'] as const)
    .filter((m) => counts.byMethod[m] > 0)
    .map((m) => `${SIGN_IN_METHOD_LABELS[m]}${counts.byMethod[m]}`)
  const parts = [
    `已签到${counts.present}人${methods.length > 0 ? `（${methods.join('，')}）` : ''}`,
    `请假${counts.onLeave}人`,
    `请假待批${counts.leavePending}人`,
    ended ? `缺席${counts.absent}人` : `未签到${counts.waiting}人`,
  ]
  return `应到${counts.expected}人：${parts.join('，')}`
}
