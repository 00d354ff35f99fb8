import Taro from '@tarojs/taro'
import type { RosterPreview } from '@core/contract/org'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { FilePicker } from '@/components/FilePicker'
import { Loading } from '@/components/Loading'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { Section } from '@/components/Section'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { cloudPathFor } from '@/services/cloud-path'
import { uploadFile, type ChosenFile } from '@/services/upload'
import { PreviewList } from './PreviewList'
import '@/officer/paste-table.css'
import './index.css'

const ROSTER_HEADER = '姓名,支部,身份,支委分工,入党日期,预备党员,党费类别,党费基数（元）'
const EXAMPLE_ROW = '张三,机关第一党支部,党员,,2010-07-01,否,在职,6500'

type Source = { text: string } | { fileID: string }
interface Checked {
  source: Source
  /** Where the rows came from, in words. */
  from: string
  preview: RosterPreview
}
type Busy = null | 'upload' | 'preview' | 'import'
const BUSY_TEXT = { upload: '正在上传文件…', preview: '正在检查每一行…', import: '正在导入…' } as const

const isReady = (p: RosterPreview) => p.total > 0 && p.problemCount === 0 && p.headerProblems.length === 0

/** 名册导入: paste or choose a file, see every row's problems, then import all or nothing. */
export default function ImportPage() {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState<Busy>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [imported, setImported] = useState<number | null>(null)

  const check = async (source: Source, from: string) => {
    setBusy('preview')
    setProblem(null)
    setImported(null)
    setChecked(null)
    try {
      setChecked({ source, from, preview: await callCloud('admin', 'roster.preview', source) })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setBusy(null)
    }
  }

  const checkText = () => {
    if (text.trim() === '') setProblem('请先把名册粘贴到上面的输入框里')
    else void check({ text }, '粘贴的内容')
  }

  const checkFile = async (file: ChosenFile) => {
    setBusy('upload')
    setProblem(null)
    setChecked(null)
    setImported(null)
    try {
      const fileID = await uploadFile(file, cloudPathFor('roster', file.name))
      await check({ fileID }, `文件“${file.name}”`)
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
      setBusy(null)
    }
  }

  const runImport = async () => {
    if (!checked) return
    setBusy('import')
    setProblem(null)
    try {
      const { imported: count } = await callCloud('admin', 'roster.import', checked.source)
      setImported(count)
      setChecked(null)
      if ('text' in checked.source) setText('')
      setBusy(null)
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem(error.message)
      setBusy(null)
      // The roster changed since the check (someone imported the same people): show why.
      if (error.code === 'ROSTER.HAS_PROBLEMS') void check(checked.source, checked.from)
    }
  }

  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">名册导入</Text>
        <Text className="page-subtitle">
          先检查，再导入。检查不会写入任何内容；每一行都没有问题时才能导入，并且一次全部导入。
        </Text>
        <Section title="方式一：粘贴">
          <Text>第一行是表头，每人一行，用逗号或制表符分隔（从 Excel 复制过来即可）。表头示例：</Text>
          <View className="paste-table__example import__example">
            <Text userSelect>{ROSTER_HEADER}</Text>
            <Text userSelect>{EXAMPLE_ROW}</Text>
          </View>
          <Text className="text-secondary">
            身份填党员、书记或支委；预备党员填是或否；党费类别填在职、离退休、学生、失业、低保或农民；党费基数以元为单位。
          </Text>
          <Button disabled={text.trim() !== ''} onClick={() => setText(`${ROSTER_HEADER}\n`)}>
            填入表头
          </Button>
          <Textarea
            className="ui-textarea import__textarea"
            value={text}
            maxlength={-1}
            placeholder="把名册粘贴到这里"
            onInput={(event) => {
              setText(event.detail.value)
              if (checked && 'text' in checked.source) setChecked(null)
            }}
          />
          <Button kind="primary" block disabled={busy !== null} onClick={checkText}>
            检查名册
          </Button>
        </Section>
        <Section title="方式二：选择文件">
          <Text>CSV 或 Excel（xlsx）文件，第一行是表头，列与上面相同。</Text>
          <FilePicker
            label="选择名册文件"
            extensions={['csv', 'xlsx']}
            disabled={busy !== null}
            onChosen={(file) => void checkFile(file)}
            onError={setProblem}
          />
        </Section>
        {busy ? <Loading text={BUSY_TEXT[busy]} /> : null}
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        {checked ? (
          <Section title="检查结果">
            <Text className="text-secondary">来源：{checked.from}</Text>
            <PreviewList preview={checked.preview} />
            {isReady(checked.preview) ? null : (
              <Text>有问题的行改好后，再点“检查名册”（或重新选择文件），才能导入。</Text>
            )}
            <Button
              kind="primary"
              block
              disabled={!isReady(checked.preview) || busy !== null}
              onClick={() => void runImport()}
            >
              {isReady(checked.preview) ? `导入${checked.preview.total}人` : '导入（有问题，不能导入）'}
            </Button>
          </Section>
        ) : null}
        {imported !== null ? (
          <View className="stack">
            <Notice kind="success">{`已导入${imported}人`}</Notice>
            <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/org/index' })}>
              去组织与名册查看
            </Button>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
