import Taro, { useRouter } from '@tarojs/taro'
import type { ActivityForm } from '@core/contract/activity-officer-views'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '@core/activity/types'
import { LIMITS } from '@core/activity/limits'
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { TextBox } from '@/components/TextBox'
import { PickerFace } from '@/components/PickerFace'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useScreen } from '@/hooks/useScreen'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { changesOf, createInput, draftOf } from '../../activity/draft'
import { ExpectedPicker } from '../../activity/ExpectedPicker'
import { FenceField } from '../../activity/FenceField'
import { MaterialsEditor } from '../../activity/MaterialsEditor'
import { DayOffWarning } from '../../activity/DayOffWarning'
import { dateWords } from '../../activity/date-words'
import './index.css'

const TYPE_CHOICES = ACTIVITY_TYPES.map((value) => ({ value, label: ACTIVITY_TYPE_LABELS[value] }))

function PublishForm({ form, branchId }: { form: ActivityForm; branchId?: string }) {
  const existing = form.activity
  const [original] = useState(() => draftOf(existing))
  const submit = useSubmit({ problemOf: pointToFields })
  const { errors } = submit
  const { draft, set, field } = useDraft({ ...original, reason: '' }, errors)
  // Which of the two buttons is at work: only it shows it is busy; the other waits.
  const [sending, setSending] = useState<'save' | 'publish'>('save')
  const busy = submit.busy ? sending : null
  const published = existing?.status === 'published'

  const done = (message: string) => {
    void Taro.showToast({ title: message, icon: 'none' })
    const month = draft.date.slice(0, 7)
    const branch = branchId ? `&branchId=${encodeURIComponent(branchId)}` : ''
    void Taro.redirectTo({ url: `/packageSecretary/pages/schedule/index?month=${month}${branch}` })
  }

  const send = async (publish: boolean) => {
    const changes = existing ? changesOf(original, draft) : {}
    if (existing && Object.keys(changes).length === 0 && !publish) {
      submit.say('没有要修改的内容')
      return
    }
    setSending(publish ? 'publish' : 'save')
    const sent = await submit.run(async () => {
      if (!existing) {
        await callCloud('secretary', 'activity.create', createInput(draft, branchId, publish))
        return
      }
      if (Object.keys(changes).length > 0) {
        // Changes and 发布 go as one call.
        await callCloud('secretary', 'activity.update', {
          activityId: existing.id,
          changes,
          ...(published ? { reason: draft.reason.trim() } : {}),
          ...(publish ? { publish: true } : {}),
        })
      } else if (publish) await callCloud('secretary', 'activity.publish', { activityId: existing.id })
    })
    if (sent) done(publish ? '已发布' : published ? '已保存修改' : '已保存草稿')
  }

  if (existing?.status === 'closed' || existing?.status === 'cancelled') {
    return <Notice kind="info">{`这次活动${ACTIVITY_STATUS_LABELS[existing.status]}，不能再修改。`}</Notice>
  }

  return (
    <View className="stack">
      <Text className="page-title">{existing ? `修改：${existing.title}` : '发布活动'}</Text>
      <Text className="page-subtitle">
        {form.branch.name}
        {existing ? ` · ${ACTIVITY_STATUS_LABELS[existing.status]}` : ''}
      </Text>
      {existing?.contentVerdict === 'review' ? (
        <Notice kind="info">内容安全检查提示需要人工留意，请再读一遍文字。</Notice>
      ) : null}
      {existing ? null : (
        <Field label="活动类型" error={errors.type}>
          <ChoiceChips options={TYPE_CHOICES} value={draft.type} onChange={(type) => set('type', type)} />
        </Field>
      )}
      <TextField
        label="活动名称"
        hint={
          draft.type === 'other'
            ? '必填'
            : `可不填，默认为“${Number(draft.date.slice(5, 7))}月${ACTIVITY_TYPE_LABELS[draft.type]}”`
        }
        {...field('title')}
        maxlength={LIMITS.title}
        placeholder="如：学习贯彻党的二十届四中全会精神"
      />
      <DateField
        label="日期"
        error={errors.date}
        value={draft.date}
        text={dateWords(draft.date)}
        onChange={(date) => set('date', date)}
      />
      <DayOffWarning daysOff={form.daysOff} day={draft.date} then={published ? '仍可照常保存修改' : '仍可照常发布'} />
      <View className="row">
        <Field label="开始时间" error={errors.startTime}>
          <Picker mode="time" value={draft.startTime} onChange={(e) => set('startTime', String(e.detail.value))}>
            <PickerFace text={draft.startTime} />
          </Picker>
        </Field>
        <Field label="结束时间" error={errors.endTime}>
          <Picker mode="time" value={draft.endTime} onChange={(e) => set('endTime', String(e.detail.value))}>
            <PickerFace text={draft.endTime} />
          </Picker>
        </Field>
      </View>
      <TextField label="地点" {...field('place')} maxlength={LIMITS.place} placeholder="如：机关三楼党员活动室" />
      <FenceField value={draft.fence} onChange={(fence) => set('fence', fence)} errors={errors} />
      <Field label="议程" error={errors.agenda}>
        <TextBox
          value={draft.agenda}
          onChange={(agenda) => set('agenda', agenda)}
          placeholder={'如：\n1. 集中学习…\n2. 交流发言…'}
          max={LIMITS.agenda}
          lines={5}
          name="agenda"
        />
      </Field>
      <MaterialsEditor value={draft.materials} onChange={(m) => set('materials', m)} error={errors.materials} />
      <ExpectedPicker
        form={form}
        value={draft.expected}
        onChange={(e) => set('expected', e)}
        error={errors.expected ?? errors.groupId ?? errors.memberIds}
      />
      {published ? (
        <TextField
          label="修改原因"
          hint="活动已发布，修改要写明原因（记入操作记录）"
          {...field('reason')}
          maxlength={LIMITS.reason}
          placeholder="如：与节假日冲突，改期"
        />
      ) : null}
      <OutcomeNotice form={submit} />
      <Text className="text-secondary">发布前会对文字做内容安全检查；发布后本支部党员即可看到、请假和签到。</Text>
      {published ? (
        <Button kind="primary" block loading={busy === 'save'} onClick={() => void send(false)}>
          保存修改
        </Button>
      ) : (
        <View className="row">
          <Button block loading={busy === 'save'} disabled={busy === 'publish'} onClick={() => void send(false)}>
            {existing ? '保存' : '存为草稿'}
          </Button>
          <Button
            kind="primary"
            block
            loading={busy === 'publish'}
            disabled={busy === 'save'}
            onClick={() => void send(true)}
          >
            发布
          </Button>
        </View>
      )}
    </View>
  )
}

/** 发布活动: a new one-off, or one of the month's activities to prepare, publish or change. */
export default function PublishPage() {
  const { id, branchId } = useRouter().params
  const screen = useScreen(() =>
    callCloud('secretary', 'activity.form', { ...(branchId ? { branchId } : {}), ...(id ? { activityId: id } : {}) }),
  )
  return (
    <PageShell>
      <ScreenView screen={screen}>{(form) => <PublishForm form={form} branchId={branchId} />}</ScreenView>
    </PageShell>
  )
}
