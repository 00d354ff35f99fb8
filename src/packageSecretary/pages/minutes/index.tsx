import Taro from '@tarojs/taro'
import type { MinutesPage } from '@core/contract/minutes'
import { takesVotes } from '@core/vote/types'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { EntryRow } from '@/components/EntryRow'
import { AttendanceCard, MeetingHead, MinutesBody, VotesSection } from '@/components/MinutesRecord'
import { targetPage } from '@/components/NoTarget'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { MinutesForm } from './MinutesForm'
import './index.css'

function MinutesScreen({ page, onAnswer }: { page: MinutesPage; onAnswer: (page: MinutesPage) => void }) {
  const opener = useMaterialOpener()
  const [amending, setAmending] = useState(false)
  const { minutes } = page
  // A fresh form for each saved version: what it starts from is what the cloud now holds.
  const formKey = `${minutes?.status ?? 'none'}-${minutes?.updatedAt ?? 0}`

  let body
  if (minutes?.status === 'confirmed' && !amending) {
    body = (
      <>
        <MinutesBody minutes={minutes} opener={opener} />
        {page.can.amend ? (
          <Button block onClick={() => setAmending(true)}>
            修改会议记录
          </Button>
        ) : null}
      </>
    )
  } else if (minutes?.status === 'confirmed') {
    body = (
      <Section title="修改会议记录">
        <MinutesForm
          key={formKey}
          page={page}
          onAnswer={(next) => {
            setAmending(false)
            onAnswer(next)
          }}
          onCancelAmend={() => setAmending(false)}
        />
      </Section>
    )
  } else if (page.can.save) {
    body = (
      <Section title={minutes ? '会议记录（草稿）' : '会议记录'}>
        {minutes ? <Text className="text-secondary">{`草稿由${minutes.updatedByName}保存`}</Text> : null}
        <MinutesForm key={formKey} page={page} onAnswer={onAnswer} />
      </Section>
    )
  } else {
    body = <Notice kind="info">会议开始后才能写会议记录。</Notice>
  }

  return (
    <View className="stack">
      <MeetingHead activity={page.activity} />
      <AttendanceCard attendance={page.attendance} />
      {takesVotes(page.activity.type) && page.activity.status !== 'cancelled' ? (
        <EntryRow
          title="表决"
          value={page.votes.length > 0 ? `${page.votes.length}项，录入或更正票数` : '录入票数，看是否通过'}
          onClick={() =>
            void Taro.navigateTo({
              url: `/packageSecretary/pages/vote/index?id=${encodeURIComponent(page.activity.id)}`,
            })
          }
        />
      ) : null}
      {page.activity.type === 'lifeMeeting' ? (
        <EntryRow
          title="会前准备与整改清单"
          onClick={() =>
            void Taro.navigateTo({
              url: `/packageSecretary/pages/orglife/index?id=${encodeURIComponent(page.activity.id)}`,
            })
          }
        />
      ) : null}
      <VotesSection votes={page.votes} />
      {body}
    </View>
  )
}

/** 会议记录: a held meeting's minutes beside who came (from the sign-in); draft, confirm, amend. */
export default targetPage('id', MinutesOf, {
  what: '会议',
  from: '活动记录',
  url: '/packageSecretary/pages/history/index',
})

function MinutesOf({ id }: { id: string }) {
  const screen = useScreen(() => callCloud('secretary', 'minutes.get', { activityId: id }))
  return (
    <PageShell>
      <ScreenView screen={screen}>{(page) => <MinutesScreen page={page} onAnswer={screen.replace} />}</ScreenView>
    </PageShell>
  )
}
