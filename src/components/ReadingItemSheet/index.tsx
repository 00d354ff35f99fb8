import type { ManagedReadingItem, StudyItemKind } from '@core/contract/study'
import { Picker, Text, View } from '@tarojs/components'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import type { ChosenFile } from '@/services/upload'
import { STUDY_KIND_LABELS } from '@/study/words'
import { Button } from '../Button'
import { ChoiceChips, type Choice } from '../ChoiceChips'
import { Field } from '../Field'
import { FilePicker } from '../FilePicker'
import { FormSheet } from '../FormSheet'
import { PickerFace } from '../PickerFace'
import { TextField } from '../TextField'
import { changesOf, fieldsOf, formOf, quarterOf, type ItemChanges, type ItemFields } from './form'
import './index.css'
import { STUDY_LIMITS } from '@core/study'

export type { ItemChanges, ItemFields }

export type ReadingItemTask = { mode: 'add' } | { mode: 'edit'; item: ManagedReadingItem }

export interface ReadingItemSheetProps {
  task: ReadingItemTask
  /** The month on screen (`YYYY-MM`): a new period starts as its quarter. */
  month: string
  /** What the list is called in the sheet's title, e.g. `本支部书目`. */
  listName: string
  onAdd: (fields: ItemFields) => Promise<ManagedReadingItem>
  onEdit: (item: ManagedReadingItem, changes: ItemChanges, reason: string) => Promise<ManagedReadingItem>
  onDone: (item: ManagedReadingItem) => void
  onCancel: () => void
  /** Stores an attached file; resolves with its `cloud://` fileID. */
  upload: (file: ChosenFile) => Promise<string>
}

const KIND_CHOICES: Choice<StudyItemKind>[] = (Object.keys(STUDY_KIND_LABELS) as StudyItemKind[]).map((value) => ({
  value,
  label: STUDY_KIND_LABELS[value],
}))
const PERIOD_CHOICES: Choice<'none' | 'some'>[] = [
  { value: 'none', label: '不限时期' },
  { value: 'some', label: '指定月份' },
]
const FILE_TYPES = ['pdf', 'doc', 'docx', 'ppt', 'pptx', 'xls', 'xlsx', 'mp4', 'mp3', 'm4a']

/** Adds an item to a reading list, or edits one: name, kind, optional link, file and period. */
export function ReadingItemSheet(props: ReadingItemSheetProps) {
  const { task, month, listName, onAdd, onEdit, onDone, onCancel, upload } = props
  const editing = task.mode === 'edit' ? task.item : undefined
  const submit = useSubmit()
  const { busy, errors } = submit
  const { draft: form, setDraft: setForm, set, field } = useDraft(() => ({ ...formOf(editing), reason: '' }), errors)
  const period = form.period

  const attach = (file: ChosenFile) =>
    submit.run(async () => {
      const fileID = await upload(file)
      setForm((f) => ({ ...f, fileID, fileName: file.name }))
    }, true)

  const save = async () => {
    const fields = fieldsOf(form)
    if (!fields) {
      submit.say('请选择资料类型', { kind: '请选择资料类型' })
      return
    }
    const changes = editing ? changesOf(editing, fields) : null
    if (editing && changes && Object.keys(changes).length === 0) {
      submit.say('没有要修改的内容', {}, 'info')
      return
    }
    await submit.run(async () =>
      onDone(editing && changes ? await onEdit(editing, changes, form.reason.trim()) : await onAdd(fields)),
    )
  }

  return (
    <FormSheet
      title={editing ? `修改“${editing.title}”` : `添加到${listName}`}
      form={submit}
      submitText={editing ? '保存' : '添加'}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextField
        label="资料名称"
        hint="如：《习近平谈治国理政》第四卷 第一章"
        {...field('title', 'itemTitle')}
        maxlength={STUDY_LIMITS.itemTitle}
        placeholder="书名、篇目或专题"
      />
      <Field label="类型" error={errors.kind}>
        <ChoiceChips options={KIND_CHOICES} value={form.kind} onChange={(kind) => set('kind', kind)} />
      </Field>
      <TextField
        label="链接（可不填）"
        hint="学习强国等网页的地址"
        {...field('link', 'itemLink')}
        maxlength={STUDY_LIMITS.link}
        placeholder="https://"
      />
      <Field label="文件（可不选）" hint="如专题党课的录像或讲稿" error={errors.fileID}>
        {form.fileID ? (
          <View className="row">
            <Text className="reading-sheet__file">✓ {form.fileName ? `已选：${form.fileName}` : '已有文件'}</Text>
            <Button disabled={busy} onClick={() => setForm((f) => ({ ...f, fileID: null, fileName: null }))}>
              去掉文件
            </Button>
          </View>
        ) : (
          <FilePicker
            label="选择文件"
            extensions={FILE_TYPES}
            disabled={busy}
            onChosen={(file) => void attach(file)}
            onError={(message) => submit.say(message)}
          />
        )}
      </Field>
      <Field
        label="学习时期"
        hint="如本季度的专题；不限时期的一直在书目中"
        error={errors.period ?? errors.from ?? errors.to}
      >
        <ChoiceChips
          options={PERIOD_CHOICES}
          value={period ? 'some' : 'none'}
          onChange={(value) => set('period', value === 'some' ? (period ?? quarterOf(month)) : null)}
        />
        {period ? (
          <View className="row">
            <MonthPicker label="从" value={period.from} onChange={(from) => set('period', { ...period, from })} />
            <MonthPicker label="到" value={period.to} onChange={(to) => set('period', { ...period, to })} />
          </View>
        ) : null}
      </Field>
      {editing ? (
        <TextField
          label="修改原因（可不填）"
          {...field('reason')}
          maxlength={STUDY_LIMITS.reason}
          placeholder="会记入操作记录"
        />
      ) : null}
    </FormSheet>
  )
}

function MonthPicker({ label, value, onChange }: { label: string; value: string; onChange: (month: string) => void }) {
  const [y, m] = value.split('-').map(Number)
  return (
    <View className="reading-sheet__month">
      <Picker
        mode="date"
        fields="month"
        value={value}
        onChange={(event) => onChange(String(event.detail.value).slice(0, 7))}
      >
        <PickerFace text={`${label} ${y}年${m}月`} action="" />
      </Picker>
    </View>
  )
}

export interface RetireItemSheetProps {
  item: ManagedReadingItem
  onRetire: (item: ManagedReadingItem, reason: string) => Promise<unknown>
  onDone: () => void
  onCancel: () => void
}

/** Retiring takes an item off the list; records of it and the item itself are kept. */
export function RetireItemSheet({ item, onRetire, onDone, onCancel }: RetireItemSheetProps) {
  const form = useSubmit()
  const { draft, field } = useDraft({ reason: '' }, form.errors)
  const reason = draft.reason

  const submit = async () => {
    if (reason.trim() === '') {
      form.say('请写明停用原因', { reason: '请写明停用原因' })
      return
    }
    await form.run(async () => {
      await onRetire(item, reason.trim())
      onDone()
    })
  }

  return (
    <FormSheet
      title={`停用“${item.title}”`}
      intro="停用后，这一项不再出现在书目中；党员已有的学习记录都会保留。"
      form={form}
      submitText="停用"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        label="停用原因"
        hint="会记入操作记录"
        {...field('reason', 'retireReason')}
        maxlength={STUDY_LIMITS.reason}
        placeholder="如：本季度专题已结束"
      />
    </FormSheet>
  )
}
