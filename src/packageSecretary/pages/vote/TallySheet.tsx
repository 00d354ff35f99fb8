import type { MotionView, Tally, VotePage } from '@core/contract/vote'
import { TALLY_LABELS, VOTE_LIMITS } from '@core/contract/vote'
import { tallyProblem, voteResult } from '@core/vote/rules'
import { Text, View } from '@tarojs/components'
import { FormSheet } from '@/components/FormSheet'
import { Notice } from '@/components/Notice'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { draftOf, emptyDraft, tallyOf, type TallyDraft } from './tally'

export interface TallySheetProps {
  page: VotePage
  /** The motion whose tally is corrected; absent when a new one is entered. */
  motion?: MotionView
  onAnswer: (page: VotePage) => void
  onCancel: () => void
}

const COUNT_DIGITS = String(VOTE_LIMITS.count).length

/** What the tally typed so far would come to, against the figures the sign-in shows now. */
function Preview({ page, draft }: { page: VotePage; draft: TallyDraft }) {
  const parsed = tallyOf(draft)
  if (!('tally' in parsed)) return null
  const tally: Tally = parsed.tally
  const figures = { entitled: page.figures.entitled, present: page.figures.present }
  if (tally.for + tally.against + tally.abstain === 0) {
    return <Text className="text-secondary">{`赞成票须至少${page.figures.threshold}票才能通过。`}</Text>
  }
  const problem = tallyProblem(figures, tally)
  if (problem) return <Notice kind="error">{problem.message}</Notice>
  const result = voteResult(figures, tally)
  return (
    <View className="vote__preview">
      <Text className="vote__preview-head">{`这样录入，结果是：${result.label}`}</Text>
      {result.lines.slice(1).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </View>
  )
}

/** Entering a motion's paper tally, or correcting one with its reason; the result is shown as it is typed. */
export function TallySheet({ page, motion, onAnswer, onCancel }: TallySheetProps) {
  const form = useSubmit({ problemOf: pointToFields })
  const { draft, field } = useDraft<TallyDraft>(
    () => (motion ? draftOf(motion.tally, motion.title) : emptyDraft()),
    form.errors,
  )
  const count = (key: 'for' | 'against' | 'abstain' | 'written', hint?: string) => (
    <View className="vote__count-field">
      <TextField
        label={TALLY_LABELS[key]}
        hint={hint}
        type="number"
        maxlength={COUNT_DIGITS}
        placeholder="0"
        {...field(key)}
      />
    </View>
  )

  const submit = () => {
    const parsed = tallyOf(draft)
    if (!('tally' in parsed)) {
      form.say('请按下面的提示修改', parsed.wrong)
      return
    }
    const { tally } = parsed
    if (motion) {
      const reason = draft.reason.trim()
      if (reason.length < VOTE_LIMITS.reasonMin) {
        form.say('请写明更正原因', {
          reason: reason ? `更正原因至少要${VOTE_LIMITS.reasonMin}个字` : '请填写更正原因',
        })
        return
      }
      void form.run(async () =>
        onAnswer(await callCloud('secretary', 'vote.correct', { voteId: motion.id, tally, reason })),
      )
      return
    }
    void form.run(async () =>
      onAnswer(
        await callCloud('secretary', 'vote.record', { activityId: page.activity.id, title: draft.title.trim(), tally }),
      ),
    )
  }

  return (
    <FormSheet
      title={motion ? `更正票数：${motion.title}` : '录入一项表决'}
      intro={
        motion
          ? '更正后原来的票数会保留在记录里。'
          : `按纸质选票点票后填写。到会有表决权的${page.figures.present}人来自签到；书面意见是没到会的正式党员会前交来的，也要计入赞成、反对或弃权。`
      }
      form={form}
      submitText={motion ? '保存更正' : '录入'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {motion ? null : (
        <TextField
          label="表决事项"
          hint="如：关于接收张三同志为中共预备党员的决议"
          maxlength={VOTE_LIMITS.title}
          {...field('title')}
        />
      )}
      <View className="vote__counts">
        {count('for')}
        {count('against')}
        {count('abstain')}
      </View>
      {count('written', `不超过没到会的有表决权党员${page.figures.absent}人；没有就填0`)}
      <Preview page={page} draft={draft} />
      {motion ? (
        <TextField label="更正原因" hint="会记入操作记录" maxlength={VOTE_LIMITS.reason} {...field('reason')} />
      ) : null}
    </FormSheet>
  )
}
