import { dayWords } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { OpenRectifyState, OrglifePage, RectifyItemView } from '@core/contract/orglife'
import { ORGLIFE_LIMITS, RECTIFY_STATE_LABELS } from '@core/contract/orglife'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DateField } from '@/components/DateField'
import { Field } from '@/components/Field'
import { FormSheet } from '@/components/FormSheet'
import { TextBox } from '@/components/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

interface ItemDraft {
  text: string
  ownerId: string | null
  dueOn: string
  state: OpenRectifyState
}

/** 新增 or 修改 a 整改事项: what, who (from the roster), by when (not before the meeting). */
export function ItemSheet({
  page,
  item,
  onDone,
  onCancel,
}: {
  page: OrglifePage
  item?: RectifyItemView
  onDone: (next: OrglifePage) => void
  onCancel: () => void
}) {
  const submit = useSubmit()
  const firstDue = page.today > page.activity.date ? page.today : page.activity.date
  const { draft, set } = useDraft<ItemDraft>(
    {
      text: item?.text ?? '',
      ownerId: item?.ownerId ?? null,
      dueOn: item?.dueOn ?? firstDue,
      state: item?.state === 'inProgress' ? 'inProgress' : 'notStarted',
    },
    submit.errors,
  )
  const errors = submit.errors
  const chosen = page.people.find((p) => p.id === draft.ownerId)

  const send = async () => {
    if (draft.text.trim().length < 2) {
      submit.say('请写明整改事项', { text: '至少2个字' })
      return
    }
    if (!draft.ownerId) {
      submit.say('请选择责任人', { ownerId: '请选择责任人' })
      return
    }
    const fields = { text: draft.text.trim(), ownerId: draft.ownerId, dueOn: draft.dueOn }
    await submit.run(async () =>
      onDone(
        item
          ? await callCloud('secretary', 'orglife.updateItem', { itemId: item.id, ...fields, state: draft.state })
          : await callCloud('secretary', 'orglife.addItem', { activityId: page.activity.id, ...fields }),
      ),
    )
  }

  return (
    <FormSheet
      title={item ? '修改整改事项' : '新增整改事项'}
      intro="写明要整改的问题、由谁负责、什么时候前完成。责任人会在“我的 → 整改事项”里看到。"
      form={submit}
      submitText={item ? '保存' : '加入清单'}
      onSubmit={() => void send()}
      onCancel={onCancel}
    >
      <Field label="整改事项" error={errors.text}>
        <TextBox
          name="text"
          value={draft.text}
          onChange={(t) => set('text', t)}
          max={ORGLIFE_LIMITS.itemText}
          lines={3}
          placeholder="如：理论学习不够系统，制定个人学习计划"
        />
      </Field>
      <Field label="责任人" error={errors.ownerId}>
        {chosen ? (
          <View className="spread-row">
            <Text className="orglife-item__text">✓ {chosen.name}</Text>
            <Button onClick={() => set('ownerId', null)}>换一位</Button>
          </View>
        ) : (
          <ChoiceChips
            column
            options={page.people.map((p) => ({ value: p.id, label: p.name }))}
            value={null}
            onChange={(id) => set('ownerId', id)}
          />
        )}
      </Field>
      <DateField
        label="完成时限"
        error={errors.dueOn}
        value={draft.dueOn}
        text={`${dayWords(draft.dueOn)}前`}
        start={page.activity.date}
        onChange={(d) => set('dueOn', d)}
      />
      {item ? (
        <Field label="进展" error={errors.state}>
          <ChoiceChips
            options={(['notStarted', 'inProgress'] as const).map((s) => ({ value: s, label: RECTIFY_STATE_LABELS[s] }))}
            value={draft.state}
            onChange={(s) => set('state', s as OpenRectifyState)}
          />
        </Field>
      ) : null}
    </FormSheet>
  )
}
