import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ChecklistLine, OrglifePage, RectifyItemView } from '@core/contract/orglife'
import { ORGLIFE_LIMITS, OVERDUE_LABEL } from '@core/contract/orglife'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { ItemSheet } from './ItemSheet'
import { OpinionSheet } from './OpinionSheet'
import './index.css'

type Open =
  | { kind: 'opinions' }
  | { kind: 'add' }
  | { kind: 'edit'; item: RectifyItemView }
  | { kind: 'close'; item: RectifyItemView }
  | { kind: 'withdraw'; item: RectifyItemView }
  | null

function stateChip(item: RectifyItemView) {
  if (item.overdue) return 'status-chip status-chip--danger'
  if (item.state === 'done') return 'status-chip status-chip--success'
  if (item.open) return 'status-chip status-chip--warning'
  return 'status-chip'
}

function CheckLine({ line, onTick, busy }: { line: ChecklistLine; onTick: () => void; busy: boolean }) {
  return (
    <View className="orglife-line">
      <View className="spread-row">
        <Text className="orglife-item__text">
          {line.done ? '✓ ' : '○ '}
          {line.label}
        </Text>
        <Text className={line.done ? 'status-chip status-chip--success' : 'status-chip status-chip--warning'}>
          {line.done ? '已完成' : '未完成'}
        </Text>
      </View>
      <Text>{line.words}</Text>
      {line.tickable ? (
        <Button loading={busy} onClick={onTick}>
          {line.done ? '改为未完成' : line.key === 'opinions' ? '记下已征求意见' : '标记为已准备'}
        </Button>
      ) : (
        <Text className="text-secondary">
          {line.key === 'talks' ? '按谈心谈话记录自动统计' : '按活动发布时间自动计算'}
        </Text>
      )}
    </View>
  )
}

function ItemRow({ item, onOpen }: { item: RectifyItemView; onOpen: (o: Open) => void }) {
  return (
    <View className="orglife-item">
      <View className="spread-row">
        <Text className="orglife-item__text">{item.text}</Text>
        <Text className={stateChip(item)}>
          {item.overdue ? `${item.stateLabel}·${OVERDUE_LABEL}` : item.stateLabel}
        </Text>
      </View>
      <Text>责任人：{item.ownerName}</Text>
      <Text>{item.dueWords}</Text>
      {item.note ? (
        <Text className="text-secondary">
          {item.state === 'done' ? '完成情况' : '撤销原因'}：{item.note}
        </Text>
      ) : null}
      {item.open ? (
        <View className="orglife-item__actions">
          <Button kind="primary" onClick={() => onOpen({ kind: 'close', item })}>
            整改完成
          </Button>
          <Button onClick={() => onOpen({ kind: 'edit', item })}>修改</Button>
          <Button onClick={() => onOpen({ kind: 'withdraw', item })}>撤销</Button>
        </View>
      ) : null}
    </View>
  )
}

function Body({ page, screen }: { page: OrglifePage; screen: Screen<OrglifePage> }) {
  const [open, setOpen] = useState<Open>(null)
  const tap = useSubmit({ staysOnScreen: true })
  const done = (next: OrglifePage) => {
    screen.replace(next)
    setOpen(null)
  }
  const untick = (key: 'opinions' | 'materials', value: boolean) =>
    void tap.run(async () =>
      screen.replace(await callCloud('secretary', 'orglife.tick', { activityId: page.activity.id, key, done: value })),
    )
  const onTick = (line: ChecklistLine) => {
    if (line.key === 'opinions' && !line.done) setOpen({ kind: 'opinions' })
    else untick(line.key as 'opinions' | 'materials', !line.done)
  }
  const pickMeeting = (activityId: string) =>
    void tap.run(async () => screen.replace(await callCloud('secretary', 'orglife.page', { activityId })))
  const { figures } = page
  const readyCount = page.checklist.filter((l) => l.done).length
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      <Card>
        <Text className="page-title">{page.activity.title}</Text>
        <Text>
          {page.activity.when}，{page.activity.statusLabel}
        </Text>
      </Card>
      <Section title={`会前准备（已完成${readyCount}/${page.checklist.length}项）`}>
        {page.checklist.map((line) => (
          <CheckLine key={line.key} line={line} busy={tap.busy} onTick={() => onTick(line)} />
        ))}
      </Section>
      <Section title="整改清单">
        {page.items.length > 0 ? (
          <Text>
            共{figures.total}项：未完成{figures.open}项{figures.overdue > 0 ? `（其中逾期${figures.overdue}项）` : ''}
            ，已完成{figures.done}项{figures.withdrawn > 0 ? `，已撤销${figures.withdrawn}项` : ''}
          </Text>
        ) : null}
        {page.items.length === 0 ? (
          <EmptyState title="还没有整改事项" description="会上查摆出的问题，逐条列入清单，写明责任人和完成时限。" />
        ) : (
          page.items.map((item) => <ItemRow key={item.id} item={item} onOpen={setOpen} />)
        )}
        <Button kind="primary" block onClick={() => setOpen({ kind: 'add' })}>
          新增整改事项
        </Button>
      </Section>
      <Text className="text-secondary">{page.source}</Text>
      {page.meetings.length > 1 ? (
        <Section title="各年度的组织生活会">
          <ChoiceChips
            column
            options={page.meetings.map((m) => ({ value: m.id, label: m.label }))}
            value={page.activity.id}
            onChange={pickMeeting}
          />
        </Section>
      ) : null}
      {open?.kind === 'opinions' ? <OpinionSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'add' ? <ItemSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? (
        <ItemSheet page={page} item={open.item} onDone={done} onCancel={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'close' ? (
        <ReasonSheet
          title="整改完成"
          explain={`“${open.item.text}”整改完成后销号。写明做了什么，责任人会看到。`}
          label="完成情况"
          placeholder="如：已制定个人学习计划，按月完成学习任务"
          confirmText="确认完成"
          max={ORGLIFE_LIMITS.closeNote}
          min={ORGLIFE_LIMITS.closeNoteMin}
          onSubmit={async (note) =>
            done(await callCloud('secretary', 'orglife.closeItem', { itemId: open.item.id, note }))
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'withdraw' ? (
        <ReasonSheet
          title="撤销整改事项"
          explain="撤销后这条事项仍留在清单里，标为已撤销，并显示原因。"
          label="撤销原因"
          placeholder="如：与第2条重复"
          confirmText="确认撤销"
          max={ORGLIFE_LIMITS.reason}
          min={ORGLIFE_LIMITS.reasonMin}
          onSubmit={async (reason) =>
            done(await callCloud('secretary', 'orglife.withdrawItem', { itemId: open.item.id, reason }))
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </View>
  )
}

/** 组织生活会: the checklist before it and the 整改清单 after it, for one meeting of the branch. */
export default function OrglifePageScreen() {
  const { id, branchId } = useRouter().params
  const screen = useScreen(() =>
    callCloud('secretary', 'orglife.page', id ? { activityId: id } : branchId ? { branchId } : {}),
  )
  return (
    <ScreenPage
      screen={screen}
      title={(p) => `${p.activity.branchName}组织生活会`}
      subtitle={(p) => `${p.activity.year}年度`}
    >
      {(page) => <Body page={page} screen={screen} />}
    </ScreenPage>
  )
}
