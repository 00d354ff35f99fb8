import { dayWords } from '@core/dates'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MyTalks, TalkView } from '@core/contract/talk'
import { TALK_LIMITS } from '@core/talk/limits'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { MonthFolds } from '@/fold/MonthFold'
import { TalkSheet } from './TalkSheet'
import './index.css'

/** A month's talks in words: `3次谈话`, with those withdrawn apart (`2次谈话 · 已撤回1次`). */
function monthWords(talks: TalkView[]): string {
  const withdrawn = talks.filter((t) => t.status === 'withdrawn').length
  const standing = `${talks.length - withdrawn}次谈话`
  return withdrawn > 0 ? `${standing} · 已撤回${withdrawn}次` : standing
}

type Open = { kind: 'record' } | { kind: 'correct'; talk: TalkView } | { kind: 'withdraw'; talk: TalkView } | null

/** How I stand this year, kind by kind, with what each means in plain words. */
function MyYear({ page }: { page: MyTalks }) {
  const asked = page.rules.filter((r) => page.me.kinds[r.kind] !== null)
  return (
    <Card>
      <Text className="page-title">
        {page.me.covered ? `${page.year}年的谈心谈话已谈完` : `${page.year}年还有没谈的`}
      </Text>
      {asked.length === 0 ? <Text className="text-secondary">支部没有对您要求的谈话类别。</Text> : null}
      {asked.map((r) => (
        <View key={r.kind} className="talk-kind">
          <View className="spread-row">
            <Text>{r.label}</Text>
            <Text
              className={
                page.me.kinds[r.kind] === '已谈'
                  ? 'status-chip status-chip--success'
                  : 'status-chip status-chip--warning'
              }
            >
              {page.me.kinds[r.kind]}
            </Text>
          </View>
          <Text className="text-secondary">{r.rule}</Text>
        </View>
      ))}
    </Card>
  )
}

function TalkCard({ talk, onCorrect, onWithdraw }: { talk: TalkView; onCorrect: () => void; onWithdraw: () => void }) {
  const withdrawn = talk.status === 'withdrawn'
  return (
    <Card>
      <View className="talk-card">
        <View className="spread-row">
          <Text className="talk-card__who">与{talk.partner.name}</Text>
          <Text className={withdrawn ? 'status-chip status-chip--danger' : 'tag'}>
            {withdrawn ? '已撤回' : dayWords(talk.date)}
          </Text>
        </View>
        {withdrawn ? <Text className="text-secondary">{dayWords(talk.date)}</Text> : null}
        {talk.notes ? <Text className="talk-card__notes">{talk.notes}</Text> : null}
        <Text className="text-secondary">{talk.recordedByMe ? '我记录的' : `${talk.recordedByName}记录的`}</Text>
        {talk.changes.map((c) => (
          <Text key={c.at} className="text-secondary">
            {c.byName}
            {c.what}：{c.reason}
          </Text>
        ))}
        {talk.canChange ? (
          <View className="row">
            <Button onClick={onCorrect}>更正</Button>
            <Button onClick={onWithdraw}>撤回</Button>
          </View>
        ) : null}
      </View>
    </Card>
  )
}

function TalksBody({ page, screen }: { page: MyTalks; screen: Screen<MyTalks> }) {
  const [open, setOpen] = useState<Open>(null)
  const done = (next: MyTalks) => {
    screen.replace(next)
    setOpen(null)
  }
  return (
    <View className="stack">
      <MyYear page={page} />
      <Button kind="primary" block onClick={() => setOpen({ kind: 'record' })}>
        记一次谈心谈话
      </Button>
      <Section title={`${page.year}年的谈话`}>
        {page.talks.length === 0 ? (
          <EmptyState
            title="今年还没有记录谈心谈话"
            description="和支部的同志谈过心，谁记都可以：一方记下，双方都能看到。"
          />
        ) : (
          // Month by month, newest first (a secretary talks with every member in a year): this
          // month (else the latest) open, the others a tap away with no call.
          <MonthFolds
            items={page.talks}
            monthOf={(t) => t.date.slice(0, 7)}
            current={page.today.slice(0, 7)}
            summary={monthWords}
            row={(t) => (
              <TalkCard
                key={t.id}
                talk={t}
                onCorrect={() => setOpen({ kind: 'correct', talk: t })}
                onWithdraw={() => setOpen({ kind: 'withdraw', talk: t })}
              />
            )}
          />
        )}
      </Section>
      {open?.kind === 'record' ? <TalkSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'correct' ? (
        <TalkSheet page={page} talk={open.talk} onDone={done} onCancel={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'withdraw' ? (
        <ReasonSheet
          title="撤回这条记录"
          explain={`撤回与${open.talk.partner.name}${dayWords(open.talk.date)}的谈话记录。对方会看到撤回和原因。`}
          label="撤回原因"
          placeholder="如：重复记了一次"
          confirmText="撤回"
          max={TALK_LIMITS.reason}
          min={TALK_LIMITS.reasonMin}
          onSubmit={async (reason) =>
            done(await callCloud('member', 'talk.withdraw', { talkId: open.talk.id, reason }))
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </View>
  )
}

/** 我的 → 谈心谈话: how I stand this year, the talks I am a party to, and recording one. */
export default function MyTalksPage() {
  const screen = useScreen(() => callCloud('member', 'talk.mine', {}))
  return (
    <ScreenPage screen={screen} boundShows="您的谈心谈话记录">
      {(page) => <TalksBody page={page} screen={screen} />}
    </ScreenPage>
  )
}
