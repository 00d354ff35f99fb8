import type { MotionView } from '@core/contract/vote'
import { TALLY_LABELS, VOTE_SUBJECT_LABELS } from '@core/contract/vote'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Card } from '../Card'
import { Section } from '../Section'

/** Each outcome with a mark in its words, so that colour is never the only signal. */
const MARKS: Record<MotionView['outcome'], string> = { passed: '✓', failed: '✗', void: '✗' }

/** The four counts of a tally, large, in a row. */
function TallyRow({ motion }: { motion: MotionView }) {
  const counts: Array<[string, number]> = [
    [TALLY_LABELS.for, motion.tally.for],
    [TALLY_LABELS.against, motion.tally.against],
    [TALLY_LABELS.abstain, motion.tally.abstain],
  ]
  return (
    <View className="votes__tally">
      {counts.map(([label, n]) => (
        <View key={label} className="votes__count">
          <Text className="votes__count-n">{n}</Text>
          <Text className="votes__count-label">{label}</Text>
        </View>
      ))}
    </View>
  )
}

export interface MotionCardProps {
  motion: MotionView
  /** What an officer may do with it (更正票数); nothing when read. */
  action?: ReactNode
}

/** One motion: its title, what it came to (通过 / 未通过 / 会议无效), the tally and why, and its corrections. */
export function MotionCard({ motion, action }: MotionCardProps) {
  return (
    <Card>
      <View className="stack">
        <Text className="votes__title">{motion.title}</Text>
        {motion.subject ? (
          <Text className="text-secondary">
            {VOTE_SUBJECT_LABELS[motion.subject.kind]}：{motion.subject.name}
          </Text>
        ) : null}
        <Text className={`votes__outcome votes__outcome--${motion.outcome}`}>
          {MARKS[motion.outcome]} {motion.outcomeLabel}
        </Text>
        <TallyRow motion={motion} />
        {motion.lines.map((line) => (
          <Text key={line} className="votes__line">
            {line}
          </Text>
        ))}
        <Text className="text-secondary">
          {motion.recordedByName}录入，{formatChinaDateTime(motion.recordedAt)}
        </Text>
        {motion.corrections.map((c) => (
          <View key={c.at} className="votes__correction">
            <Text className="minutes__label">
              {formatChinaDateTime(c.at)} {c.byName}更正
            </Text>
            <Text>原因：{c.reason}</Text>
            <Text className="text-secondary">原来是：{c.before}</Text>
            {c.beforeFigures ? <Text className="text-secondary">原来按：{c.beforeFigures}</Text> : null}
          </View>
        ))}
        {action}
      </View>
    </Card>
  )
}

/** A 支部党员大会's motions in its minutes, read-only; nothing when it took none. */
export function VotesSection({ votes }: { votes: MotionView[] }) {
  if (votes.length === 0) return null
  return (
    <Section title={`表决（${votes.length}项）`}>
      {votes.map((motion) => (
        <MotionCard key={motion.id} motion={motion} />
      ))}
      <Text className="text-secondary">纸质选票由支部留存；票数由书记录入，结果由小程序按规定计算。</Text>
    </Section>
  )
}
