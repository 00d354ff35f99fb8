import { dayWords } from '@core/dates'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DevelopPipeline, DevelopRow } from '@core/contract/develop'
import { DEVELOP_LIMITS } from '@core/contract/develop'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { DateField } from '@/components/DateField'
import { EmptyState } from '@/components/EmptyState'
import { FormSheet } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useScreen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import './index.css'

const open = (id: string) =>
  void Taro.navigateTo({ url: `/packageSecretary/pages/develop-person/index?id=${encodeURIComponent(id)}` })

function PersonRow({ row }: { row: DevelopRow }) {
  return (
    <View className="develop-row" onClick={() => open(row.id)}>
      <View className="spread-row">
        <Text className="develop-row__name">{row.name}</Text>
        <Text className="status-chip">{row.stageLabel}</Text>
      </View>
      {row.last ? <Text className="text-secondary">已办：{row.last}</Text> : null}
      <Text>下一步：{row.nextWords}</Text>
      {row.due.map((d) => (
        <Text
          key={d.kind}
          className={d.overdue ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning'}
        >
          {d.label}：{d.words}
        </Text>
      ))}
    </View>
  )
}

/** 新增入党申请人: the name and the day the 入党申请书 came in. */
function AddSheet({ branchId, today, onCancel }: { branchId: string; today: string; onCancel: () => void }) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ name: '', day: today }, submit.errors)
  const send = () =>
    void submit.run(async () => {
      const page = await callCloud('secretary', 'develop.add', { branchId, name: draft.name.trim(), day: draft.day })
      void Taro.redirectTo({
        url: `/packageSecretary/pages/develop-person/index?id=${encodeURIComponent(page.person.id)}`,
      })
    })
  return (
    <FormSheet
      title="新增入党申请人"
      intro="收到入党申请书后在这里登记。只记姓名和递交日期，不填身份证号。一个月内要派人谈话（细则第七条）。"
      form={submit}
      submitText="登记"
      onSubmit={send}
      onCancel={onCancel}
    >
      <TextField
        label="姓名"
        name="name"
        error={submit.errors.name}
        value={draft.name}
        onChange={(v) => set('name', v)}
        maxlength={DEVELOP_LIMITS.name}
        placeholder="申请人姓名"
      />
      <DateField
        label="递交入党申请书的日期"
        error={submit.errors.day}
        value={draft.day}
        text={dayWords(draft.day)}
        end={today}
        onChange={(d) => set('day', d)}
      />
    </FormSheet>
  )
}

function Body({ page }: { page: DevelopPipeline }) {
  const [adding, setAdding] = useState(false)
  return (
    <View className="stack">
      <Card>
        <Text className="page-title">{page.branchName}</Text>
        <View className="develop-stages">
          {page.stages.map((s) => (
            <Text key={s.stage} className="tag">
              {s.label} {s.count}人
            </Text>
          ))}
        </View>
        <Button kind="primary" block onClick={() => setAdding(true)}>
          新增入党申请人
        </Button>
      </Card>
      <Section title="本月要办">
        {page.dueThisMonth.length === 0 ? (
          <Text className="text-secondary">本月没有到期的事项。</Text>
        ) : (
          page.dueThisMonth.map((d) => (
            <View key={`${d.personId}-${d.kind}`} className="develop-row" onClick={() => open(d.personId)}>
              <Text className="develop-row__name">{d.name}</Text>
              <Text className={d.overdue ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning'}>
                {d.label}：{d.words}
              </Text>
            </View>
          ))
        )}
      </Section>
      <Section title={`培养中（${page.people.length}人）`}>
        {page.people.length === 0 ? (
          <EmptyState title="还没有入党申请人" description="收到入党申请书后，点上方“新增入党申请人”登记。" />
        ) : (
          page.people.map((r) => <PersonRow key={r.id} row={r} />)
        )}
      </Section>
      {page.closed.length > 0 ? (
        <Section title="已转正或停止培养">
          {page.closed.map((r) => (
            <PersonRow key={r.id} row={r} />
          ))}
        </Section>
      ) : null}
      <Text className="text-secondary">{page.source}</Text>
      {adding ? <AddSheet branchId={page.branchId} today={page.today} onCancel={() => setAdding(false)} /> : null}
    </View>
  )
}

/** 党员发展 (书记): each person's stage, next step and next day; what is due this month. */
export default function DevelopPipelinePage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'develop.pipeline', branchId ? { branchId } : {}))
  return (
    <ScreenPage screen={screen} title={(p) => `${p.branchName}党员发展`} subtitle={() => '从递交申请到转正'}>
      {(page) => <Body page={page} />}
    </ScreenPage>
  )
}
