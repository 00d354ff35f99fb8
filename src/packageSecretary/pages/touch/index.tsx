import { dayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ContactWay, OutOfTouchPage, OutOfTouchRow } from '@core/contract/transfer'
import { CONTACT_WAY_LABELS, CONTACT_WAYS, TRANSFER_LIMITS } from '@core/contract/transfer'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { EmptyState } from '@/components/EmptyState'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import '../transfer/index.css'

function ContactSheet({
  page,
  row,
  onDone,
  onCancel,
}: {
  page: OutOfTouchPage
  row: OutOfTouchRow
  onDone: (next: OutOfTouchPage) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft<{ way: ContactWay; on: string; note: string }>(
    { way: 'phone', on: page.today, note: '' },
    submit.errors,
  )
  const send = () =>
    void submit.run(async () =>
      onDone(
        await callCloud('secretary', 'touch.record', {
          memberId: row.memberId,
          on: draft.on,
          way: draft.way,
          note: draft.note.trim(),
        }),
      ),
    )
  return (
    <FormSheet
      title={`登记与${row.name}的联系`}
      intro="记下哪天、用什么方式、联系的结果。登记只作记录，如何处置由支部研究决定。"
      form={submit}
      submitText="登记"
      onSubmit={send}
      onCancel={onCancel}
    >
      <Field label="联系方式" error={submit.errors.way}>
        <ChoiceChips
          options={CONTACT_WAYS.map((w) => ({ value: w, label: CONTACT_WAY_LABELS[w] }))}
          value={draft.way}
          onChange={(w) => set('way', w)}
        />
      </Field>
      <DateField
        label="联系日期"
        error={submit.errors.on}
        value={draft.on}
        text={dayWords(draft.on)}
        end={page.today}
        onChange={(d) => set('on', d)}
      />
      <Field label="联系情况" error={submit.errors.note}>
        <TextBox
          name="note"
          value={draft.note}
          onChange={(t) => set('note', t)}
          max={TRANSFER_LIMITS.contactNote}
          lines={3}
          placeholder="如：电话未接通，已发短信请其与支部联系"
        />
      </Field>
    </FormSheet>
  )
}

function Row({ row, onRecord }: { row: OutOfTouchRow; onRecord: () => void }) {
  return (
    <View className="transfer-row">
      <View className="spread-row">
        <Text className="transfer-row__name">{row.name}</Text>
        <Text className="status-chip status-chip--danger">{row.quietMonths}个月无记录</Text>
      </View>
      <Text>{row.words}</Text>
      <Text className="text-secondary">{row.lastSign}</Text>
      {row.away ? <Text>外出：{row.away}</Text> : null}
      <Text>
        已做的：微信提醒{row.reminders}条，未读通知{row.unreadNotices}条{row.bound ? '' : '，尚未绑定微信'}
      </Text>
      {row.attempts.length > 0 ? (
        row.attempts.map((a) => (
          <Text key={a.id} className="text-secondary">
            {dayWords(a.on)} {a.wayLabel}（{a.byName}）：{a.note}
          </Text>
        ))
      ) : (
        <Text className="text-secondary">支部还没有登记联系情况</Text>
      )}
      <Button kind="primary" onClick={onRecord}>
        登记联系情况
      </Button>
    </View>
  )
}

function Body({ page, screen }: { page: OutOfTouchPage; screen: Screen<OutOfTouchPage> }) {
  const [open, setOpen] = useState<OutOfTouchRow | null>(null)
  return (
    <View className="stack">
      <Section title={page.rows.length > 0 ? `失去联系（${page.rows.length}人）` : '失去联系'}>
        {page.rows.length === 0 ? (
          <EmptyState
            title="没有失去联系的党员"
            description="连续6个月没有参加组织生活、没有学习记录、也没有交纳党费的党员会列在这里。"
          />
        ) : (
          page.rows.map((row) => <Row key={row.memberId} row={row} onRecord={() => setOpen(row)} />)
        )}
      </Section>
      <Text className="text-secondary">{page.source}</Text>
      {open ? (
        <ContactSheet
          page={page}
          row={open}
          onDone={(next) => {
            screen.replace(next)
            setOpen(null)
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </View>
  )
}

/** 失去联系: members quiet for 6 months, what was tried, and the branch's contact attempts. */
export default function TouchScreen() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'touch.page', branchId ? { branchId } : {}))
  return (
    <ScreenPage
      screen={screen}
      title={(p) => `${p.branch.name}失去联系的党员`}
      subtitle={(p) => `截至${dayWords(p.today)}`}
    >
      {(page) => <Body page={page} screen={screen} />}
    </ScreenPage>
  )
}
