import Taro from '@tarojs/taro'
import type { Material, ExpectedSpec } from '@core/activity/types'
import { NOTICE_LIMITS } from '@core/contract/notify-limits'
import type { BureauAudience, NoticeForm } from '@core/contract/notify-views'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useScreen } from '@/hooks/useScreen'
import { pointToFields, useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { ExpectedPicker } from '../../activity/ExpectedPicker'
import { MaterialsEditor } from '../../activity/MaterialsEditor'
import { BureauAudiencePicker } from '../../notify/BureauAudiencePicker'
import { useNoticeScope, type NoticeScope } from '../../notify/scope'
import { messageDialog } from '@/services/dialog'

interface Draft {
  title: string
  body: string
  materials: Material[]
  needReceipt: boolean
  audience: ExpectedSpec
  bureau: BureauAudience
}

const EMPTY: Draft = {
  title: '',
  body: '',
  materials: [],
  needReceipt: false,
  audience: { kind: 'branch' },
  bureau: { kind: 'bureau' },
}

function publish(scope: NoticeScope, d: Draft) {
  const fields = { title: d.title, body: d.body, materials: d.materials, needReceipt: d.needReceipt }
  return scope.bureau
    ? callCloud('admin', 'notice.publish', { ...fields, audience: d.bureau })
    : callCloud('secretary', 'notice.publish', {
        ...fields,
        audience: d.audience,
        ...(scope.branchId ? { branchId: scope.branchId } : {}),
      })
}

function Form({ form, scope }: { form: NoticeForm; scope: NoticeScope }) {
  const submit = useSubmit({ problemOf: pointToFields })
  const { errors } = submit
  const { draft, set, field } = useDraft<Draft>(EMPTY, errors)

  const send = () =>
    submit.run(async () => {
      const view = await publish(scope, draft)
      void messageDialog({
        title: view.status === 'held' ? '已提交复核' : '已发布',
        content:
          view.status === 'held'
            ? '内容安全检查提示这条通知需要人工复核，已交机关党委，复核通过后才会发给党员。'
            : `已发给${view.expected}人。开启了微信提醒的党员会收到推送，所有人都能在“通知”里看到。`,
      })
      void Taro.redirectTo({ url: `/packageSecretary/pages/notices/index?${scope.query}` })
    })

  return (
    <View className="stack">
      <Text className="page-title">写通知</Text>
      <Text className="page-subtitle">{scope.bureau ? '机关党委' : (form.branch?.name ?? '')}</Text>
      <TextField
        label="标题"
        {...field('title')}
        maxlength={NOTICE_LIMITS.title}
        placeholder="如：关于开展主题党日活动的通知"
      />
      <Field label="内容" error={errors.body}>
        <TextBox
          value={draft.body}
          onChange={(body) => set('body', body)}
          placeholder="写清时间、地点、要做什么"
          max={NOTICE_LIMITS.body}
          lines={6}
          name="body"
        />
      </Field>
      <MaterialsEditor
        value={draft.materials}
        onChange={(m) => set('materials', m)}
        error={errors.materials}
        label="附件（可不加）"
        hint="文件、链接或一段文字，党员打开通知即可查看"
        folder="notices"
      />
      <Field label="回执" hint="需要回执时，党员读后点“已阅，收到”，您能看到谁已确认">
        <ChoiceChips
          options={[
            { value: 'no', label: '不需要回执' },
            { value: 'yes', label: '需要回执' },
          ]}
          value={draft.needReceipt ? 'yes' : 'no'}
          onChange={(v) => set('needReceipt', v === 'yes')}
        />
      </Field>
      {scope.bureau ? (
        <BureauAudiencePicker
          branches={form.branches}
          value={draft.bureau}
          onChange={(b) => set('bureau', b)}
          error={errors.audience ?? errors['audience.branchIds']}
        />
      ) : (
        <ExpectedPicker
          form={{ groups: form.groups, members: form.members.map((m) => ({ ...m, role: 'member', duty: null })) }}
          value={draft.audience}
          onChange={(a) => set('audience', a)}
          error={errors.audience ?? errors['audience.memberIds']}
          label="发给谁"
          hint="发布时按此确定收到通知的党员"
        />
      )}
      <OutcomeNotice form={submit} />
      <Text className="text-secondary">发布前会对文字做内容安全检查；需要复核的，经机关党委复核后再发出。</Text>
      <Button kind="primary" block loading={submit.busy} onClick={() => void send()}>
        发布
      </Button>
    </View>
  )
}

/** 写通知: title, text, attachments, 回执, and who gets it; the content check runs before it is saved. */
export default function NewNoticePage() {
  const scope = useNoticeScope()
  const screen = useScreen(() =>
    scope.bureau
      ? callCloud('admin', 'notice.form', {})
      : callCloud('secretary', 'notice.form', scope.branchId ? { branchId: scope.branchId } : {}),
  )
  return (
    <PageShell>
      <ScreenView screen={screen}>{(form) => <Form form={form} scope={scope} />}</ScreenView>
    </PageShell>
  )
}
