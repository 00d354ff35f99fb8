import { dayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DevelopPersonPage } from '@core/contract/develop'
import { DEVELOP_LIMITS, DEVELOP_STAGE_LABELS, DEVELOP_STAGES } from '@core/contract/develop'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { Notice } from '@/components/Notice'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useDraft } from '@/hooks/useDraft'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { StepSheet } from './StepSheet'
import '../develop/index.css'

type Open = 'step' | 'review' | 'extend' | 'archive' | null

const MONTHS = Array.from({ length: DEVELOP_LIMITS.extendMax - DEVELOP_LIMITS.extendMin + 1 }, (_, i) =>
  String(DEVELOP_LIMITS.extendMin + i),
)

function ExtendSheet({
  page,
  onDone,
  onCancel,
}: {
  page: DevelopPersonPage
  onDone: (p: DevelopPersonPage) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft({ day: page.today, months: '6' }, submit.errors)
  return (
    <FormSheet
      title="延长预备期"
      intro="细则第三十条：需要继续考察和教育的，可以延长预备期，只能延长一次，不少于半年，最长不超过一年。"
      form={submit}
      submitText="延长"
      onSubmit={() =>
        void submit.run(async () =>
          onDone(
            await callCloud('secretary', 'develop.extend', {
              personId: page.person.id,
              day: draft.day,
              months: Number(draft.months),
            }),
          ),
        )
      }
      onCancel={onCancel}
    >
      <DateField
        label="支部大会决定的日期"
        value={draft.day}
        text={dayWords(draft.day)}
        end={page.today}
        onChange={(d) => set('day', d)}
      />
      <Field label="延长几个月" error={submit.errors.months}>
        <ChoiceChips
          options={MONTHS.map((m) => ({ value: m, label: `${m}个月` }))}
          value={draft.months}
          onChange={(m) => set('months', m)}
        />
      </Field>
    </FormSheet>
  )
}

function Body({ page, screen }: { page: DevelopPersonPage; screen: Screen<DevelopPersonPage> }) {
  const [open, setOpen] = useState<Open>(null)
  const tap = useSubmit({ staysOnScreen: true })
  const done = (next: DevelopPersonPage) => {
    screen.replace(next)
    setOpen(null)
  }
  const tick = (doc: DevelopPersonPage['docs'][number]) =>
    void tap.run(async () =>
      screen.replace(
        await callCloud('secretary', 'develop.tick', { personId: page.person.id, doc: doc.key, done: !doc.done }),
      ),
    )
  const p = page.person
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      {page.binding ? (
        <Notice kind="success">
          {`${p.name}已列入支部名册（预备党员）。绑定码 ${page.binding.code}，7天内有效：请当面交给本人，在小程序“绑定”里输入姓名和绑定码。`}
        </Notice>
      ) : null}
      <Card>
        <View className="stack">
          <Text>
            目前：{p.stageLabel}（{p.statusLabel}）
          </Text>
          {p.joinDate ? <Text>入党日期：{dayWords(p.joinDate)}</Text> : null}
          {p.probationEnd && !p.fullSince ? (
            <Text>
              预备期至：{dayWords(p.probationEnd)}
              {p.extensionMonths ? `（已延长${p.extensionMonths}个月）` : ''}
            </Text>
          ) : null}
          {p.fullSince ? <Text>转为正式党员，党龄从{dayWords(p.fullSince)}算起</Text> : null}
          {p.archivedReason ? <Text className="text-secondary">停止培养：{p.archivedReason}</Text> : null}
        </View>
      </Card>
      {page.due.length > 0 ? (
        <Section title="期限">
          {page.due.map((d) => (
            <Text
              key={d.kind}
              className={d.overdue ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning'}
            >
              {d.label}：{d.words}
            </Text>
          ))}
        </Section>
      ) : null}
      {page.next ? (
        <Section title="下一步">
          <Text className="develop-row__name">{page.next.label}</Text>
          <Text className="text-secondary">{page.next.rule}</Text>
          {page.next.earliestWords ? <Text>{page.next.earliestWords}</Text> : null}
          {page.next.canRecord ? (
            <Button kind="primary" block onClick={() => setOpen('step')}>
              {`记录“${page.next.label}”`}
            </Button>
          ) : (
            <Text className="status-chip status-chip--warning">由机关党委记录，办好后这里会更新</Text>
          )}
          {page.next.canAddReview ? (
            <Button block onClick={() => setOpen('review')}>
              {`再记一次半年考察（已考察${page.reviews.length}次）`}
            </Button>
          ) : null}
        </Section>
      ) : null}
      {page.canExtend ? (
        <Button block onClick={() => setOpen('extend')}>
          延长预备期
        </Button>
      ) : null}
      {DEVELOP_STAGES.map((stage) => (
        <Section key={stage} title={DEVELOP_STAGE_LABELS[stage]}>
          {page.steps
            .filter((s) => s.stage === stage)
            .map((s) => (
              <View key={s.step} className="develop-row">
                <View className="spread-row">
                  <Text className={s.day ? 'develop-row__name' : 'text-secondary'}>
                    {s.day ? '✓ ' : '○ '}
                    {s.label}
                  </Text>
                  <Text>{s.day ? dayWords(s.day) : s.by === 'office' ? '机关党委办理' : '未办'}</Text>
                </View>
                {s.detail ? <Text>{s.detail}</Text> : null}
                {s.step === 'training' && page.reviews.length > 0 ? (
                  <Text className="text-secondary">
                    半年考察：{page.reviews.map((r) => dayWords(r.day)).join('、')}
                  </Text>
                ) : null}
                {s.byName ? <Text className="text-secondary">记录人：{s.byName}</Text> : null}
              </View>
            ))}
        </Section>
      ))}
      <Section title={`材料清单（已齐${page.docs.filter((d) => d.done).length}/${page.docs.length}）`}>
        {page.docs.map((d) => (
          <View key={d.key} className="spread-row develop-row">
            <Text className={d.done ? 'develop-row__name' : undefined}>
              {d.done ? '✓ ' : '○ '}
              {d.label}
            </Text>
            <Button loading={tap.busy} onClick={() => tick(d)}>
              {d.done ? '改为未齐' : '已收到'}
            </Button>
          </View>
        ))}
      </Section>
      {p.status === 'active' ? (
        <Button block onClick={() => setOpen('archive')}>
          停止培养
        </Button>
      ) : null}
      {open === 'step' || open === 'review' ? (
        <StepSheet page={page} review={open === 'review'} onDone={done} onCancel={() => setOpen(null)} />
      ) : null}
      {open === 'extend' ? <ExtendSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open === 'archive' ? (
        <ReasonSheet
          title="停止培养"
          explain="停止培养后记录仍然保存，不会删除，机关党委可以看到原因。"
          label="原因"
          placeholder="如：本人申请暂缓、调离本单位"
          confirmText="确认停止"
          max={DEVELOP_LIMITS.reason}
          min={DEVELOP_LIMITS.reasonMin}
          onSubmit={async (reason) => {
            await callCloud('secretary', 'develop.archive', { personId: p.id, reason })
            screen.replace({
              ...page,
              person: { ...p, status: 'archived', statusLabel: '已停止培养', archivedReason: reason },
              next: null,
            })
            setOpen(null)
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </View>
  )
}

/** 党员发展 · one person: the steps recorded with their days, the next step and what it takes, the documents. */
export default function DevelopPersonScreen() {
  const { id } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'develop.person', { personId: id ?? '' }))
  return (
    <ScreenPage
      screen={screen}
      title={(p) => p.person.name}
      subtitle={(p) => `${p.person.branchName} · ${p.person.stageLabel}`}
    >
      {(page) => <Body page={page} screen={screen} />}
    </ScreenPage>
  )
}
