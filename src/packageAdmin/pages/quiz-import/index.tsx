import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { RosterPreview } from '@core/contract/org'
import { QUIZ_IMPORT_EXAMPLE, QUIZ_IMPORT_HEADER, QUIZ_LIMITS, type QuizImportPreview } from '@core/contract/quiz'
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
import { PreviewList } from '../import/PreviewList'
import '@/officer/paste-table.css'
import '../import/index.css'

type Source = { text: string } | { fileID: string }
type Busy = null | 'upload' | 'preview' | 'import'
const BUSY_TEXT = { upload: '正在上传文件…', preview: '正在检查每一行…', import: '正在导入…' } as const

/** The 名册导入 preview's shape: the stem in place of the name, kind and topic in place of the branch. */
const asRows = (p: QuizImportPreview): RosterPreview => ({
  ...p,
  rows: p.rows.map((r) => ({ line: r.line, name: r.stem, branchName: r.kindTopic, problems: r.problems })),
})
const titleOf = (row: RosterPreview['rows'][number]) =>
  [`第${row.line}行`, row.branchName || '（没有题型）', row.name.slice(0, 30) || '（没有题干）'].join(' · ')
const isReady = (p: QuizImportPreview) => p.total > 0 && p.problemCount === 0 && p.headerProblems.length === 0

/** 导入题目: paste or choose a file, every row checked (as 名册导入), then all rows or none. */
export default function QuizImportPage() {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState<Busy>(null)
  const [checked, setChecked] = useState<{ source: Source; from: string; preview: QuizImportPreview } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [imported, setImported] = useState<number | null>(null)

  const check = async (source: Source, from: string) => {
    setBusy('preview')
    setProblem(null)
    setImported(null)
    setChecked(null)
    try {
      setChecked({ source, from, preview: await callCloud('admin', 'quiz.importPreview', source) })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setBusy(null)
    }
  }
  const checkFile = async (file: ChosenFile) => {
    setBusy('upload')
    setProblem(null)
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
      const { imported: count } = await callCloud('admin', 'quiz.import', checked.source)
      setImported(count)
      setChecked(null)
      if ('text' in checked.source) setText('')
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem(error.message)
      if (error.code === 'QUIZ.IMPORT_HAS_PROBLEMS') void check(checked.source, checked.from)
    } finally {
      setBusy(null)
    }
  }

  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">导入题目</Text>
        <Text className="page-subtitle">
          先检查，再导入。检查不会写入任何内容；每一行都没有问题时才能导入，并且一次全部导入（最多
          {QUIZ_LIMITS.importRows}题）。
        </Text>
        <Section title="方式一：粘贴">
          <Text>第一行是表头，每题一行（从 Excel 复制过来即可）。表头和示例：</Text>
          <View className="paste-table__example import__example">
            <Text userSelect>{QUIZ_IMPORT_HEADER}</Text>
            <Text userSelect>{QUIZ_IMPORT_EXAMPLE}</Text>
          </View>
          <Text className="text-secondary">
            题型填单选题、多选题或判断题；专题填党章、纪律处分条例或其他党内法规；答案填字母（如
            B、ABD），判断题填正确或错误，选项可以空着。
          </Text>
          <Button disabled={text.trim() !== ''} onClick={() => setText(`${QUIZ_IMPORT_HEADER}\n`)}>
            填入表头
          </Button>
          <Textarea
            className="ui-textarea import__textarea"
            value={text}
            maxlength={-1}
            placeholder="把题目粘贴到这里"
            onInput={(event) => {
              setText(event.detail.value)
              if (checked && 'text' in checked.source) setChecked(null)
            }}
          />
          <Button
            kind="primary"
            block
            disabled={busy !== null}
            onClick={() =>
              text.trim() === '' ? setProblem('请先把题目粘贴到上面的输入框里') : void check({ text }, '粘贴的内容')
            }
          >
            检查题目
          </Button>
        </Section>
        <Section title="方式二：选择文件">
          <Text>CSV 或 Excel（xlsx）文件，第一行是表头，列与上面相同。</Text>
          <FilePicker
            label="选择题库文件"
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
            <PreviewList preview={asRows(checked.preview)} titleOf={titleOf} />
            <Button
              kind="primary"
              block
              disabled={!isReady(checked.preview) || busy !== null}
              onClick={() => void runImport()}
            >
              {isReady(checked.preview) ? `导入${checked.preview.total}题` : '导入（有问题，不能导入）'}
            </Button>
          </Section>
        ) : null}
        {imported !== null ? (
          <View className="stack">
            <Notice kind="success">{`已导入${imported}题`}</Notice>
            <Button onClick={() => void Taro.navigateBack()}>回到题库</Button>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
