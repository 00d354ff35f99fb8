import type { MotionView, VoteFiguresView, VotePage } from '@core/contract/vote'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { MeetingHead, MotionCard } from '@/components/MinutesRecord'
import { targetPage } from '@/components/NoTarget'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { TallySheet } from './TallySheet'
import './index.css'

/** 应到 / 到会 / 通过需 in large figures, whether the meeting can decide, and the rules in words. */
function FiguresCard({ figures }: { figures: VoteFiguresView }) {
  const big: Array<[string, string]> = [
    ['应到', `${figures.entitled}人`],
    ['到会', `${figures.present}人`],
    ['赞成至少', `${figures.threshold}票`],
  ]
  return (
    <Section title="人数（来自签到）">
      <Card>
        <View className="stack">
          <Text className="minutes__label">有表决权的正式党员</Text>
          <View className="vote__figures">
            {big.map(([label, value]) => (
              <View key={label} className="vote__figure">
                <Text className="vote__figure-n">{value}</Text>
                <Text className="vote__figure-label">{label}</Text>
              </View>
            ))}
          </View>
          <Text className={`vote__valid vote__valid--${figures.valid ? 'yes' : 'no'}`}>
            {figures.valid ? '✓ 会议有效，可以表决' : '✗ 会议无效，不能作出决议'}
          </Text>
          {figures.lines.map((line) => (
            <Text key={line} className="votes__line">
              {line}
            </Text>
          ))}
          <Text className="text-secondary">
            只有正式党员有表决权；到会人数按签到算，签到有误请先在活动现场更正。书面意见计入票数，不算到会。
          </Text>
        </View>
      </Card>
    </Section>
  )
}

type Open = { kind: 'record' } | { kind: 'correct'; motion: MotionView } | null

function VoteScreen({ page, onAnswer }: { page: VotePage; onAnswer: (page: VotePage) => void }) {
  const [open, setOpen] = useState<Open>(null)
  const answered = (done: string) => (next: VotePage) => {
    setOpen(null)
    onAnswer(next)
    void Taro.showToast({ title: done, icon: 'none' })
  }
  return (
    <>
      <MeetingHead activity={page.activity} />
      <FiguresCard figures={page.figures} />
      {page.figuresChanged ? <Notice kind="info">{page.figuresChanged}</Notice> : null}
      <Section title={page.motions.length > 0 ? `表决事项（${page.motions.length}项）` : '表决事项'}>
        {page.motions.length === 0 ? (
          <EmptyState
            title="还没有录入表决"
            description="会上用纸质选票表决；点票后在这里录入赞成、反对、弃权的票数，小程序会算出是否通过。"
          />
        ) : (
          page.motions.map((motion) => (
            <MotionCard
              key={motion.id}
              motion={motion}
              action={<Button onClick={() => setOpen({ kind: 'correct', motion })}>更正票数</Button>}
            />
          ))
        )}
      </Section>
      {page.can.record ? (
        <Button kind="primary" block onClick={() => setOpen({ kind: 'record' })}>
          录入一项表决
        </Button>
      ) : (
        <Notice kind="info">{page.recordBlocked ?? '现在不能录入表决'}</Notice>
      )}
      {open?.kind === 'record' ? (
        <TallySheet page={page} onAnswer={answered('已录入')} onCancel={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'correct' ? (
        <TallySheet page={page} motion={open.motion} onAnswer={answered('已更正')} onCancel={() => setOpen(null)} />
      ) : null}
    </>
  )
}

/** 表决 at a 支部党员大会: who may vote and who came (from the sign-in), each motion's tally and result. */
export default targetPage('id', VoteOf, {
  what: '支部党员大会',
  from: '活动记录',
  url: '/packageSecretary/pages/history/index',
})

function VoteOf({ id }: { id: string }) {
  const screen = useScreen(() => callCloud('secretary', 'vote.get', { activityId: id }))
  return <ScreenPage screen={screen}>{(page) => <VoteScreen page={page} onAnswer={screen.replace} />}</ScreenPage>
}
