import { dayWords } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { MyTalks, TalkView } from '@core/contract/talk'
import { TALK_LIMITS } from '@core/talk/limits'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

interface TalkDraft {
  partnerId: string | null
  date: string
  notes: string
  reason: string
}

/**
 * 记一次谈心谈话, or 更正 one I recorded: whom (from the branch's roster), which day (today at the
 * latest), what we talked about (only the two of us read it); a correction says why.
 */
export function TalkSheet({
  page,
  talk,
  onDone,
  onCancel,
}: {
  page: MyTalks
  /** The talk to correct; absent for a new one. */
  talk?: TalkView
  onDone: (next: MyTalks) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const { draft, set } = useDraft<TalkDraft>(
    { partnerId: talk?.partner.id ?? null, date: talk?.date ?? page.today, notes: talk?.notes ?? '', reason: '' },
    submit.errors,
  )
  const errors = submit.errors
  const people = page.people
  const chosen = people.find((p) => p.id === draft.partnerId)

  const send = async () => {
    if (!draft.partnerId) {
      submit.say('请选择和谁谈的', { partnerId: '请选择谈话对象' })
      return
    }
    if (talk && draft.reason.trim().length < TALK_LIMITS.reasonMin) {
      submit.say('请写明更正的原因', { reason: `至少${TALK_LIMITS.reasonMin}个字` })
      return
    }
    const partnerId = draft.partnerId
    await submit.run(async () => {
      const next = talk
        ? await callCloud('member', 'talk.correct', {
            talkId: talk.id,
            partnerId,
            date: draft.date,
            notes: draft.notes.trim(),
            reason: draft.reason.trim(),
          })
        : await callCloud('member', 'talk.record', { partnerId, date: draft.date, notes: draft.notes.trim() })
      onDone(next)
    })
  }

  return (
    <FormSheet
      title={talk ? '更正谈话记录' : '记一次谈心谈话'}
      intro={
        talk
          ? '更正后，对方会看到更正的时间和原因。'
          : '谈过之后记一下和谁、哪天谈的。谈话要点只有你们二人能看到，书记和党委都看不到。'
      }
      form={submit}
      submitText={talk ? '更正' : '记下'}
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <Field label="和谁谈的" error={errors.partnerId}>
        {chosen ? (
          <View className="spread-row">
            <Text className="talk-card__who">
              ✓ {chosen.name}（{chosen.role}）
            </Text>
            <Button onClick={() => set('partnerId', null)}>换一位</Button>
          </View>
        ) : (
          <ChoiceChips
            column
            options={people.map((p) => ({ value: p.id, label: `${p.name}（${p.role}）` }))}
            value={null}
            onChange={(id) => set('partnerId', id)}
          />
        )}
      </Field>
      <DateField
        label="哪天谈的"
        error={errors.date}
        value={draft.date}
        text={dayWords(draft.date)}
        start={page.earliest}
        end={page.today}
        onChange={(d) => set('date', d)}
      />
      <Field label="谈话要点（可不填）" hint="只有你们二人能看到" error={errors.notes}>
        <TextBox
          name="notes"
          value={draft.notes}
          onChange={(t) => set('notes', t)}
          max={TALK_LIMITS.notes}
          lines={4}
          placeholder="如：交流了近期工作和学习的想法"
        />
      </Field>
      {talk ? (
        <Field label="更正原因" error={errors.reason}>
          <TextBox
            name="reason"
            value={draft.reason}
            onChange={(t) => set('reason', t)}
            max={TALK_LIMITS.reason}
            lines={2}
            placeholder="如：日期记错了"
          />
        </Field>
      ) : (
        <Text className="text-secondary">记错了也不要紧，记下后可以更正或撤回。</Text>
      )}
    </FormSheet>
  )
}
