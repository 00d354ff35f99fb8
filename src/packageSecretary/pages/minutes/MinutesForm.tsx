import Taro from '@tarojs/taro'
import type { MinutesPage } from '@core/contract/minutes'
import { MINUTES_FIELD_LABELS, MINUTES_LIMITS } from '@core/contract/minutes'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { Notice } from '@/components/Notice'
import { TextBox } from '@/components/TextBox'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { draftOf, inputOf, sameInput, type MinutesDraft } from './draft'
import { AttachmentsField, PhotosField } from './FilesField'
import { PersonField } from './PersonField'
import { confirmDialog } from '@/services/dialog'

export interface MinutesFormProps {
  page: MinutesPage
  /** The answer of a write: the screen shows it in place. */
  onAnswer: (page: MinutesPage) => void
  /** Confirmed minutes: the form is an amendment, put away with 取消. */
  onCancelAmend?: () => void
}

const CONFIRM_WORDS =
  '确认后，本次会议应到的党员就能在小程序里阅读这份记录。之后如需修改，要写明修改原因，每次修改都会留下记录。'

/** The minutes as a form: a draft to save and confirm, or confirmed minutes to amend with a reason. */
export function MinutesForm({ page, onAnswer, onCancelAmend }: MinutesFormProps) {
  const activityId = page.activity.id
  const amending = page.minutes?.status === 'confirmed'
  const [original] = useState(() => draftOf(page.minutes))
  const [draft, setDraft] = useState<MinutesDraft>(original)
  const [reason, setReason] = useState('')
  const [uploading, setUploading] = useState(false)
  const [acting, setActing] = useState<'save' | 'confirm' | null>(null)
  const form = useSubmit({ staysOnScreen: true, problemOf: pointToFields })
  const set = (part: Partial<MinutesDraft>) => setDraft((d) => ({ ...d, ...part }))
  const changed = !sameInput(original, draft)
  const errors = form.errors

  const send = async (kind: 'save' | 'confirm' | 'amend', call: () => Promise<MinutesPage>, done: string) => {
    setActing(kind === 'confirm' ? 'confirm' : 'save')
    const ok = await form.run(async () => onAnswer(await call()))
    setActing(null)
    if (ok) void Taro.showToast({ title: done, icon: 'none' })
  }

  const save = () =>
    send('save', () => callCloud('secretary', 'minutes.save', { activityId, ...inputOf(draft) }), '已保存草稿')

  const confirm = async () => {
    const sure = await confirmDialog({
      title: '确认会议记录',
      content: CONFIRM_WORDS,
      confirmText: '确认',
      cancelText: '再看看',
    })
    if (!sure) return
    await send('confirm', () => callCloud('secretary', 'minutes.confirm', { activityId }), '会议记录已确认')
  }

  const amend = async () => {
    const why = reason.trim()
    if (why.length < MINUTES_LIMITS.reasonMin) {
      form.say('修改还没有保存', {
        reason: why ? `修改原因至少要${MINUTES_LIMITS.reasonMin}个字` : '请填写修改原因',
      })
      return
    }
    if (!changed) {
      form.say('还没有改动：请先修改上面的内容')
      return
    }
    await send(
      'amend',
      () => callCloud('secretary', 'minutes.amend', { activityId, reason: why, ...inputOf(draft) }),
      '已保存修改',
    )
  }

  const files = { activityId, draft, onChange: set, onBusy: setUploading, errors }
  const confirmHeld = page.confirmBlocked ?? (changed ? '有改动还没有保存：请先点“保存草稿”，再确认。' : null)

  return (
    <View className="stack minutes-form">
      <PersonField
        label={MINUTES_FIELD_LABELS.hostId}
        people={page.people}
        value={draft.hostId}
        onChange={(hostId) => set({ hostId })}
        error={errors.hostId}
      />
      <PersonField
        label={MINUTES_FIELD_LABELS.recorderId}
        people={page.people}
        value={draft.recorderId}
        onChange={(recorderId) => set({ recorderId })}
        error={errors.recorderId}
      />
      <Field label={MINUTES_FIELD_LABELS.topics} hint="这次会议讨论了哪几件事" error={errors.topics}>
        <TextBox
          name="topics"
          value={draft.topics}
          onChange={(topics) => set({ topics })}
          placeholder={'如：\n1. 传达学习上级会议精神\n2. 研究本季度发展党员工作'}
          max={MINUTES_LIMITS.topics}
          lines={3}
        />
      </Field>
      <Field label={MINUTES_FIELD_LABELS.summary} hint="主要发言人和发言要点" error={errors.summary}>
        <TextBox
          name="summary"
          value={draft.summary}
          onChange={(summary) => set({ summary })}
          placeholder="如：张书记传达了……；王某某发言认为……"
          max={MINUTES_LIMITS.summary}
          lines={6}
        />
      </Field>
      <Field
        label={MINUTES_FIELD_LABELS.resolutions}
        hint="会议决定了什么、谁负责（没有可不填）"
        error={errors.resolutions}
      >
        <TextBox
          name="resolutions"
          value={draft.resolutions}
          onChange={(resolutions) => set({ resolutions })}
          placeholder="如：同意确定某某为发展对象，由组织委员负责报机关党委"
          max={MINUTES_LIMITS.resolutions}
          lines={4}
        />
      </Field>
      <PhotosField {...files} />
      <AttachmentsField {...files} />
      {amending ? (
        <Field label="修改原因" hint="会议记录已确认，修改要写明原因，党员能看到修改记录" error={errors.reason}>
          <TextBox
            name="reason"
            value={reason}
            onChange={setReason}
            placeholder="如：补充会上遗漏的一项决议"
            min={MINUTES_LIMITS.reasonMin}
            max={MINUTES_LIMITS.reason}
            lines={2}
          />
        </Field>
      ) : null}
      <OutcomeNotice form={form} />
      {amending ? (
        <View className="row">
          <Button block disabled={form.busy} onClick={onCancelAmend}>
            取消
          </Button>
          <Button kind="primary" block loading={form.busy} disabled={uploading} onClick={() => void amend()}>
            保存修改
          </Button>
        </View>
      ) : (
        <View className="stack">
          <Button
            block
            loading={acting === 'save'}
            disabled={uploading || acting === 'confirm'}
            onClick={() => void save()}
          >
            保存草稿
          </Button>
          {confirmHeld ? <Notice kind="info">{`暂时不能确认：${confirmHeld}`}</Notice> : null}
          <Button
            kind="primary"
            block
            loading={acting === 'confirm'}
            disabled={!page.can.confirm || confirmHeld !== null || uploading || acting === 'save'}
            onClick={() => void confirm()}
          >
            确认会议记录
          </Button>
          <Text className="text-secondary">草稿只有书记和支委看得到；确认后，应到的党员才能阅读。</Text>
        </View>
      )}
    </View>
  )
}
