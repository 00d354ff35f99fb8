import type { MyStudyMonth, StudyEntry } from '@core/contract/study'
import { STUDY_LIMITS } from '@core/study'
import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { PickerFace } from '@/components/PickerFace'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { dayText, dayWithWeekday } from '@/study/days'
import { dayChoices, minuteLabel, minuteOptions, OWN, sourceChoices } from './choices'

export interface CheckinFormProps {
  data: MyStudyMonth
  /** The entry being corrected; absent for a new check-in. */
  entry?: StudyEntry
  /** A day asked for by the page that opened the form (`?day=`). */
  day?: string
  /** A reading-list item chosen on the page that opened the form (`?item=`). */
  itemId?: string
  /** Reloads the page's data (the recordable days move at midnight). */
  onStale: () => void
  onDone: (message: string) => void
  onLeave: () => void
  /** Sends a new check-in elsewhere (代为记录 records it for another member); default: my own. */
  save?: (checkIn: NewCheckIn) => Promise<unknown>
}

export interface NewCheckIn {
  day: string
  itemId: string | null
  title: string | null
  minutes: number | null
  reflection: string
}

const LATE_DAY_CODES = new Set(['STUDY.TOO_LATE', 'STUDY.FUTURE_DAY'])

/** What, which day, how long (optional) and 心得 (optional): one check-in, or a correction of one. */
export function CheckinForm(props: CheckinFormProps) {
  const { data, entry, day: askedDay, itemId, onStale, onDone, onLeave, save } = props
  const knownItem = (id: string | null | undefined) => (id && data.items.some((i) => i.id === id) ? id : null)
  const [source, setSource] = useState<string | null>(() =>
    entry ? (entry.itemId ?? OWN) : (knownItem(itemId) ?? null),
  )
  const [day, setDay] = useState(() => (askedDay && data.recordableDays.includes(askedDay) ? askedDay : data.today))
  const [minutes, setMinutes] = useState<number | null>(entry?.minutes ?? null)
  const submit = useSubmit({
    opening:
      !entry && askedDay && !data.recordableDays.includes(askedDay)
        ? { kind: 'error', message: `${dayText(askedDay)}已经不能补记了：只能补记最近3天的学习`, fields: {} }
        : null,
    problemOf: (error, found) => {
      if (LATE_DAY_CODES.has(error.code)) found.day = error.message
      // Only my own words are checked: the 心得, and the title when I wrote it myself.
      if (error.code === 'CONTENT.RISKY') {
        if (draft.reflection.trim()) found.reflection = '请修改心得中的用词'
        if (source === OWN) found.title = '请修改学习内容中的用词'
      }
      return { message: error.message, fields: found }
    },
  })
  const { busy, errors: fields } = submit
  const { draft, set, field } = useDraft(
    () => ({ title: entry && !entry.itemId ? entry.title : '', reflection: entry?.reflection ?? '' }),
    fields,
  )
  const { title: ownTitle, reflection } = draft
  const options = minuteOptions(entry?.minutes ?? null)

  // After midnight, or after the server refused a day, the days on offer move on.
  useEffect(() => {
    if (!entry && !data.recordableDays.includes(day)) setDay(data.today)
  }, [data.recordableDays, data.today, day, entry])

  const record = async () => {
    if (source === null) {
      submit.say('请选择学了什么', { source: '请从书目中选一项，或选“自己填写”' })
      return
    }
    if (source === OWN && ownTitle.trim() === '') {
      submit.say('请写下学了什么', { title: '请写下学了什么' })
      return
    }
    const content = {
      itemId: source === OWN ? null : source,
      title: source === OWN ? ownTitle.trim() : null,
      minutes,
      reflection: reflection.trim(),
    }
    await submit.run(async () => {
      try {
        if (entry) await callCloud('member', 'study.correct', { entryId: entry.id, ...content })
        else if (save) await save({ day, ...content })
        else await callCloud('member', 'study.checkIn', { day, ...content })
      } catch (thrown) {
        // The days on offer have moved on: read them again.
        if (LATE_DAY_CODES.has(asCloudError(thrown).code)) onStale()
        throw thrown
      }
      onDone(entry ? '已修改' : '已记录')
    })
  }

  return (
    <View className="stack">
      <Field
        label="学了什么"
        hint="从必读书目中选一项；不在书目里的，选“自己填写”"
        error={fields.source ?? fields.itemId}
      >
        <ChoiceChips column options={sourceChoices(data.items)} value={source} onChange={setSource} />
      </Field>
      {source === OWN ? (
        <TextField
          label="学习内容"
          hint={`最多${STUDY_LIMITS.freeTitle}个字`}
          {...field('title')}
          maxlength={STUDY_LIMITS.freeTitle}
          placeholder="如：学习强国每日答题"
        />
      ) : null}
      {entry ? (
        <Field label="哪一天" hint="学习日期不能修改；记错了日子，请撤回后重新记录">
          <Text>{dayWithWeekday(entry.day)}</Text>
        </Field>
      ) : (
        <Field label="哪一天" hint="可以补记前3天的学习" error={fields.day}>
          <ChoiceChips options={dayChoices(data.recordableDays, data.today)} value={day} onChange={setDay} />
        </Field>
      )}
      <Field label="学习时长（可不填）" error={fields.minutes}>
        <Picker
          mode="selector"
          range={options.map(minuteLabel)}
          value={Math.max(options.indexOf(minutes), 0)}
          onChange={(event) => setMinutes(options[Number(event.detail.value)] ?? null)}
        >
          <PickerFace text={minuteLabel(minutes)} action="选择" />
        </Picker>
      </Field>
      <Field label="心得（可不填）" error={fields.reflection}>
        <TextBox
          name="reflection"
          value={reflection}
          max={STUDY_LIMITS.reflection}
          lines={5}
          placeholder="写下学习的体会"
          onChange={(text) => set('reflection', text)}
        />
      </Field>
      <OutcomeNotice form={submit} />
      <Button kind="primary" block loading={busy} onClick={() => void record()}>
        {entry ? '保存修改' : '记录'}
      </Button>
      <Button block disabled={busy} onClick={onLeave}>
        返回
      </Button>
    </View>
  )
}
