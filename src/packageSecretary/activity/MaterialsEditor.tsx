import type { Material } from '@core/activity/types'
import { LIMITS } from '@core/activity/limits'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { FilePicker } from '@/components/FilePicker'
import { Notice } from '@/components/Notice'
import { SheetActions } from '@/components/SheetActions'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { useDraft } from '@/hooks/useDraft'
import { uploadFile, type ChosenFile } from '@/services/upload'

type Kind = Material['kind']
const KINDS: Choice<Kind>[] = [
  { value: 'text', label: '文字' },
  { value: 'link', label: '链接' },
  { value: 'file', label: '文件' },
]
const KIND_WORDS: Record<Kind, string> = { text: '文字', link: '链接', file: '文件' }
const FILE_TYPES = ['pdf', 'doc', 'docx', 'ppt', 'pptx', 'xls', 'xlsx', 'txt']

function AddMaterial({
  onAdd,
  onCancel,
  folder,
}: {
  onAdd: (m: Material) => void
  onCancel: () => void
  folder: string
}) {
  const [kind, setKind] = useState<Kind>('text')
  const { draft, set, field } = useDraft({ title: '', body: '' })
  const { title, body } = draft
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const add = async () => {
    const name = title.trim() || (file ? file.name : '')
    if (!name) return setProblem('请填写标题')
    if (kind === 'text' && !body.trim()) return setProblem('请填写材料内容')
    if (kind === 'link' && !/^https?:\/\/\S+$/.test(body.trim())) return setProblem('链接应以 http:// 或 https:// 开头')
    if (kind === 'file' && !file) return setProblem('请选择文件')
    setProblem(null)
    if (kind === 'text') return onAdd({ kind, title: name, text: body.trim() })
    if (kind === 'link') return onAdd({ kind, title: name, url: body.trim() })
    setBusy(true)
    try {
      const chosen = file as ChosenFile
      // eslint-disable-next-line no-restricted-syntax -- a unique name, not a day
      const fileID = await uploadFile(chosen, `${folder}/${Date.now()}-${chosen.name}`)
      onAdd({ kind: 'file', title: name, fileID })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
      setBusy(false)
    }
  }

  return (
    <Card>
      <View className="stack">
        <ChoiceChips options={KINDS} value={kind} onChange={setKind} />
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        <TextField
          label="标题"
          {...field('title', 'materialTitle')}
          maxlength={LIMITS.materialTitle}
          placeholder="如：《中国共产党章程》第一章"
        />
        {kind === 'text' ? (
          <TextBox
            value={body}
            onChange={(text) => set('body', text)}
            placeholder="材料内容"
            max={LIMITS.materialText}
            lines={5}
          />
        ) : null}
        {kind === 'link' ? (
          <Input
            className="ui-input"
            name="materialUrl"
            value={body}
            maxlength={LIMITS.url}
            placeholder="https://…"
            onInput={(e) => set('body', e.detail.value)}
          />
        ) : null}
        {kind === 'file' ? (
          <>
            <FilePicker label="选择文件" extensions={FILE_TYPES} onChosen={setFile} onError={setProblem} />
            {file ? <Text>已选：{file.name}</Text> : null}
          </>
        ) : null}
        <SheetActions submitText="添加" busy={busy} onSubmit={() => void add()} onCancel={onCancel} />
      </View>
    </Card>
  )
}

export interface MaterialsEditorProps {
  value: Material[]
  onChange: (value: Material[]) => void
  error?: string
  /** The field's words (an activity's 学习材料 by default; a notice's 附件). */
  label?: string
  hint?: string
  /** Cloud storage folder for uploaded files. */
  folder?: string
}

/** The activity's materials: text, links, files in cloud storage; members open them, 补学 too. */
export function MaterialsEditor({
  value,
  onChange,
  error,
  label = '学习材料',
  hint = '缺席和请假的党员补学时学习这些材料',
  folder = 'activity',
}: MaterialsEditorProps) {
  const [adding, setAdding] = useState(false)
  return (
    <Field label={label} hint={hint} error={error}>
      {value.map((m, index) => (
        <Card key={`${index}-${m.title}`}>
          <View className="row publish__material">
            <Text className="publish__material-title">
              {KIND_WORDS[m.kind]}：{m.title}
            </Text>
            <Button onClick={() => onChange(value.filter((_, i) => i !== index))}>删除</Button>
          </View>
        </Card>
      ))}
      {adding ? (
        <AddMaterial
          folder={folder}
          onCancel={() => setAdding(false)}
          onAdd={(m) => {
            onChange([...value, m])
            setAdding(false)
          }}
        />
      ) : value.length < LIMITS.materials ? (
        <Button onClick={() => setAdding(true)}>添加材料</Button>
      ) : null}
    </Field>
  )
}
