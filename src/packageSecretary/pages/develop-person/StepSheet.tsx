import { dayWords } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { DevelopPersonPage, DevelopStep } from '@core/contract/develop'
import { DEVELOP_LIMITS } from '@core/contract/develop'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

interface StepDraft {
  day: string
  memberIds: string[]
  voteId: string | null
  days: string
  hours: string
}

/** Records the next step (or another half-year review): its day, and the people, the vote or the training it takes. */
export function StepSheet({
  page,
  review,
  onDone,
  onCancel,
}: {
  page: DevelopPersonPage
  /** Another 培养教育考察 while waiting to become a 发展对象. */
  review?: boolean
  onDone: (next: DevelopPersonPage) => void
  onCancel: () => void
}) {
  const next = page.next!
  const step: DevelopStep = review ? 'training' : next.step
  const input = review ? 'date' : next.input
  const submit = useSubmit()
  const { draft, set } = useDraft<StepDraft>(
    { day: page.today, memberIds: [], voteId: null, days: '', hours: '' },
    submit.errors,
  )
  const toggle = (id: string) =>
    set('memberIds', draft.memberIds.includes(id) ? draft.memberIds.filter((x) => x !== id) : [...draft.memberIds, id])
  const send = () => {
    const base = { personId: page.person.id, step }
    if (input === 'vote') {
      if (!draft.voteId) return submit.say('请选择支部党员大会上通过的表决', { voteId: '请选择表决' })
      return void submit.run(async () =>
        onDone(await callCloud('secretary', 'develop.record', { ...base, voteId: draft.voteId! })),
      )
    }
    const extra =
      input === 'people'
        ? { memberIds: draft.memberIds }
        : input === 'course'
          ? { days: Number(draft.days || 0), hours: Number(draft.hours || 0) }
          : {}
    return void submit.run(async () =>
      onDone(await callCloud('secretary', 'develop.record', { ...base, day: draft.day, ...extra })),
    )
  }
  const label = review ? '培养教育考察（半年考察）' : next.label
  return (
    <FormSheet
      title={`记录：${label}`}
      intro={review ? '细则第十一条：党支部每半年对入党积极分子进行一次考察。' : `${next.rule}。${next.earliestWords}`}
      form={submit}
      submitText="记录"
      onSubmit={send}
      onCancel={onCancel}
    >
      {input === 'vote' ? (
        <Field label="支部党员大会上的表决" error={submit.errors.voteId}>
          {page.votes.length === 0 ? (
            <Text className="text-secondary">
              还没有通过的表决。请先召开支部党员大会，在“表决”里录入表决结果，再回到这里。
            </Text>
          ) : (
            <ChoiceChips
              column
              options={page.votes.map((v) => ({ value: v.id, label: v.label }))}
              value={draft.voteId}
              onChange={(id) => set('voteId', id)}
            />
          )}
          <Text className="text-secondary">
            大会召开的日期就是这一步的日期{step === 'admissionVote' ? '，也是入党日期' : ''}。
          </Text>
        </Field>
      ) : (
        <DateField
          label="办理日期"
          error={submit.errors.day}
          value={draft.day}
          text={dayWords(draft.day)}
          end={page.today}
          {...(next.earliest && !review ? { start: next.earliest } : {})}
          onChange={(d) => set('day', d)}
        />
      )}
      {input === 'people' ? (
        <Field
          label={step === 'contacts' ? '培养联系人（一至两名正式党员）' : '入党介绍人（两名正式党员）'}
          error={submit.errors.memberIds}
        >
          <View className="stack">
            {page.people.map((p) => (
              <Button
                key={p.id}
                kind={draft.memberIds.includes(p.id) ? 'primary' : 'plain'}
                onClick={() => toggle(p.id)}
              >
                {draft.memberIds.includes(p.id) ? `✓ ${p.name}` : p.name}
              </Button>
            ))}
          </View>
        </Field>
      ) : null}
      {input === 'course' ? (
        <>
          <TextField
            label="培训天数"
            hint={`不少于${DEVELOP_LIMITS.courseDays}天，或学时不少于${DEVELOP_LIMITS.courseHours}个`}
            name="days"
            type="number"
            error={submit.errors.days}
            value={draft.days}
            onChange={(v) => set('days', v)}
          />
          <TextField
            label="培训学时"
            name="hours"
            type="number"
            error={submit.errors.hours}
            value={draft.hours}
            onChange={(v) => set('hours', v)}
          />
        </>
      ) : null}
    </FormSheet>
  )
}
