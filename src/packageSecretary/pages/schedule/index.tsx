import Taro, { useRouter } from '@tarojs/taro'
import type { ScheduledActivity, ScheduleOverview, ScheduleView } from '@core/contract/activity-views'
import { dayOffWarning } from '@core/activity/day-off'
import { addMonths } from '@core/activity/recurrence'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, SCHEDULE_KINDS, type ScheduleKind } from '@core/activity/types'
import { formatChinaClock, formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { MoveSheet } from './MoveSheet'
import { RuleSheet } from './RuleSheet'
import '../../activity/DayOffWarning.css'
import './index.css'

const go = (url: string) => void Taro.navigateTo({ url })

function RuleCard({ kind, rule, onEdit }: { kind: ScheduleKind; rule: ScheduleView | null; onEdit: () => void }) {
  return (
    <Card>
      <View className="stack">
        <Text className="schedule__rule-name">{ACTIVITY_TYPE_LABELS[kind]}</Text>
        {rule ? (
          <>
            <Text>
              {rule.recurrenceText} {rule.startTime}–{rule.endTime}
              {rule.active ? '' : '（已停用）'}
            </Text>
            <Text className="text-secondary">
              地点：{rule.place}
              {rule.geofence ? `（签到范围${rule.geofence.radiusM}米）` : ''}
            </Text>
          </>
        ) : (
          <Text className="text-secondary">还没有设置每月固定的日子</Text>
        )}
        <Button onClick={onEdit}>{rule ? '修改规则' : '设置规则'}</Button>
      </View>
    </Card>
  )
}

function ActivityRow({ a, query, onMove }: { a: ScheduledActivity; query: string; onMove: () => void }) {
  const id = encodeURIComponent(a.id)
  const open = a.status === 'planned' || a.status === 'published'
  return (
    <Card>
      <View className="stack">
        <View className="spread-row">
          <Text className="schedule__title">{a.title}</Text>
          <Text className={`schedule__status schedule__status--${a.status}`}>{ACTIVITY_STATUS_LABELS[a.status]}</Text>
        </View>
        <Text>
          {formatChinaDateTime(a.startAt)}–{formatChinaClock(a.endAt)} · {a.place}
        </Text>
        {a.scheduleId ? (
          <Text className="text-secondary">{a.edited ? '按每月规则生成，本次已单独调整' : '按每月规则生成'}</Text>
        ) : null}
        {open && a.dayOff ? <Text className="day-off">{dayOffWarning(a.dayOff)}：可点“调整时间”改到工作日</Text> : null}
        <View className="schedule__actions">
          {open ? (
            <Button
              kind={a.status === 'planned' ? 'primary' : 'plain'}
              block
              onClick={() => go(`/packageSecretary/pages/publish/index?id=${id}${query}`)}
            >
              {a.status === 'planned' ? '准备并发布' : '修改'}
            </Button>
          ) : null}
          {open ? (
            <Button block onClick={onMove}>
              调整时间
            </Button>
          ) : null}
          {a.status !== 'planned' ? (
            <Button block onClick={() => go(`/packageSecretary/pages/live/index?id=${id}`)}>
              {a.status === 'closed' ? '签到名单' : '活动现场'}
            </Button>
          ) : null}
        </View>
      </View>
    </Card>
  )
}

/** 活动安排: the two monthly rules and one month's activities; one-offs are created from here. */
export default function SchedulePage() {
  const params = useRouter().params
  const branchId = params.branchId
  const query = branchId ? `&branchId=${encodeURIComponent(branchId)}` : ''
  const month = useRef(params.month)
  const screen = useScreen(() =>
    callCloud('secretary', 'schedule.get', {
      ...(branchId ? { branchId } : {}),
      ...(month.current ? { month: month.current } : {}),
    }),
  )
  const [editing, setEditing] = useState<ScheduleKind | null>(null)
  const [moving, setMoving] = useState<ScheduledActivity | null>(null)
  // A sheet's one call answers with the month as it now stands: taken in place, no second call.
  const done = (message: string, page: ScheduleOverview) => {
    setEditing(null)
    setMoving(null)
    month.current = page.month
    void Taro.showToast({ title: message, icon: 'none' })
    screen.replace(page)
  }
  const showMonth = (next: string) => {
    month.current = next
    void screen.reload()
  }

  return (
    <ScreenPage screen={screen} title="活动安排" subtitle={(overview) => overview.branch.name}>
      {(overview: ScheduleOverview) => (
        <>
          <Section title="每月固定">
            {SCHEDULE_KINDS.map((kind) => (
              <RuleCard key={kind} kind={kind} rule={overview.schedules[kind]} onEdit={() => setEditing(kind)} />
            ))}
          </Section>
          <View className="schedule__month">
            <Button onClick={() => showMonth(addMonths(overview.month, -1))}>‹ 上月</Button>
            <Text className="schedule__month-name">
              {overview.month.slice(0, 4)}年{Number(overview.month.slice(5))}月
            </Text>
            <Button onClick={() => showMonth(addMonths(overview.month, 1))}>下月 ›</Button>
          </View>
          <Button kind="primary" block onClick={() => go(`/packageSecretary/pages/publish/index?${query.slice(1)}`)}>
            新建活动
          </Button>
          <Text className="text-secondary">三会一课、主题党日等活动，都从这里新建。</Text>
          {overview.activities.length === 0 ? (
            <EmptyState title="这个月还没有活动" description="设置每月规则后，学习日和活动日会自动出现在这里。" />
          ) : (
            overview.activities.map((a) => <ActivityRow key={a.id} a={a} query={query} onMove={() => setMoving(a)} />)
          )}
          {editing ? (
            <RuleSheet
              kind={editing}
              rule={overview.schedules[editing]}
              branchId={branchId}
              onCancel={() => setEditing(null)}
              onSaved={(page) => done('规则已保存', page)}
            />
          ) : null}
          {moving ? (
            <MoveSheet
              activity={moving}
              daysOff={overview.daysOff}
              month={overview.month}
              onCancel={() => setMoving(null)}
              onMoved={(page) => done('已调整', page)}
            />
          ) : null}
        </>
      )}
    </ScreenPage>
  )
}
