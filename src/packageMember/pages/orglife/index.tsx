import { Text, View } from '@tarojs/components'
import type { MyRectifyItems, RectifyItemView } from '@core/contract/orglife'
import { OVERDUE_LABEL } from '@core/contract/orglife'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import './index.css'

function ItemCard({ item }: { item: RectifyItemView }) {
  const chip = item.overdue
    ? 'status-chip status-chip--danger'
    : item.open
      ? 'status-chip status-chip--warning'
      : 'status-chip status-chip--success'
  return (
    <View className="orglife-mine">
      <View className="spread-row">
        <Text className="orglife-mine__text">{item.text}</Text>
        <Text className={chip}>{item.overdue ? `${item.stateLabel}·${OVERDUE_LABEL}` : item.stateLabel}</Text>
      </View>
      <Text>{item.dueWords}</Text>
      <Text className="text-secondary">来自：{item.meeting}</Text>
      {item.note ? <Text className="text-secondary">完成情况：{item.note}</Text> : null}
    </View>
  )
}

function MineBody({ data }: { data: MyRectifyItems }) {
  const open = data.items.filter((i) => i.open)
  const done = data.items.filter((i) => !i.open)
  if (data.items.length === 0) {
    return (
      <EmptyState title="您没有整改事项" description="组织生活会后，支部列出由您负责的整改事项时，会在这里显示。" />
    )
  }
  return (
    <View className="stack">
      <Card>
        <Text className="page-title">{open.length > 0 ? `还有${open.length}项要整改` : '整改事项都已完成'}</Text>
        <Text className="text-secondary">完成后请告诉支部书记，由书记在清单上销号。</Text>
      </Card>
      {open.length > 0 ? (
        <Section title="要整改的">
          {open.map((i) => (
            <ItemCard key={i.id} item={i} />
          ))}
        </Section>
      ) : null}
      {done.length > 0 ? (
        <Section title="已完成的">
          {done.map((i) => (
            <ItemCard key={i.id} item={i} />
          ))}
        </Section>
      ) : null}
    </View>
  )
}

/** 我的 → 整改事项: the 组织生活会 整改事项 I am responsible for. */
export default function MyRectifyPage() {
  const screen = useScreen(() => callCloud('member', 'orglife.mine', {}))
  return (
    <ScreenPage screen={screen} title="我的整改事项" subtitle={() => '组织生活会整改清单'}>
      {(data) => <MineBody data={data} />}
    </ScreenPage>
  )
}
