import { useRouter } from '@tarojs/taro'
import { chinaMonth } from '@core/dates'
import { appNow } from '@/services/clock'
import type { AmountRow, AmountRowInput, AmountsPreview, AmountsRequest, YearAmounts } from '@core/contract/dues'
import { Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { Loading } from '@/components/Loading'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { monthLabel, yuan } from '@/dues/words'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { AmountRowCard } from './AmountRowCard'
import { BaseSheet } from './BaseSheet'
import { MonthPicker } from './MonthPicker'
import { PreviewSheet } from './PreviewSheet'
import '../../dues/dues.css'
import '@/officer/paste-table.css'
import './index.css'

const HEADER = '姓名,基数（元）,党费类别'
const EXAMPLE = '张三,6500.00,在职'

type Checking = { request: AmountsRequest; preview: AmountsPreview; fromPaste: boolean }
/** One member being changed, with what was typed (kept while the preview is looked at). */
type Editing = { row: AmountRow; draft?: AmountRowInput }

function totalsText({ totals }: YearAmounts): string {
  const parts = [`已确认${totals.confirmed}人`]
  if (totals.unconfirmed > 0) parts.push(`待确认${totals.unconfirmed}人`)
  if (totals.missing > 0) parts.push(`缺少基数${totals.missing}人`)
  return `${totals.members}人：${parts.join('，')}；每月合计 ${yuan(totals.monthlyFen)}`
}

/** 党费金额: the year's amounts with bracket-edge warnings; set bases and confirm (preview first). */
export default function DuesAmountsPage() {
  const params = useRouter().params
  const branchId = params.branchId || undefined
  const currentMonth = params.month || chinaMonth(appNow())
  const thisYear = Number(params.year) || Number(currentMonth.slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const scope = branchId ? { branchId } : {}
  const screen = useScreen(() => callCloud('secretary', 'dues.amounts.list', { ...scope, year }))
  // A new amount starts this month in the current year, in January of a later one.
  const [from, setFrom] = useState(currentMonth.startsWith(`${thisYear}-`) ? currentMonth : `${thisYear}-01`)
  const [text, setText] = useState('')
  const [editing, setEditing] = useState<Editing | null>(null)
  const [checking, setChecking] = useState<Checking | null>(null)
  const [busy, setBusy] = useState<null | 'check' | 'confirm'>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmProblem, setConfirmProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const shownYear = 'data' in screen ? screen.data.year : null
  const { reload } = screen
  useEffect(() => {
    if (shownYear !== null && shownYear !== year) void reload()
  }, [shownYear, year, reload])

  const chooseYear = (value: string) => {
    const next = Number(value)
    setYear(next)
    setFrom(next === thisYear ? currentMonth : `${next}-01`)
    setDone(null)
  }

  const check = async (body: Omit<AmountsRequest, 'year' | 'branchId'>, fromPaste = false) => {
    const request: AmountsRequest = { ...scope, year, effectiveFrom: from, ...body }
    setBusy('check')
    setProblem(null)
    setDone(null)
    try {
      const preview = await callCloud('secretary', 'dues.amounts.preview', request)
      setConfirmProblem(null)
      setChecking({ request, preview, fromPaste })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setBusy(null)
    }
  }

  const confirm = async () => {
    if (!checking) return
    setBusy('confirm')
    setConfirmProblem(null)
    try {
      const result = await callCloud('secretary', 'dues.amounts.confirm', checking.request)
      setDone(`已确认${result.confirmed}人的金额，${result.billsUpdated}张账单随之更新`)
      if (checking.fromPaste) setText('')
      setChecking(null)
      setEditing(null)
      // The answer carries the year's amounts as they now read.
      screen.replace(result.year)
    } catch (thrown) {
      setConfirmProblem(asCloudError(thrown).message)
    } finally {
      setBusy(null)
    }
  }

  const checkPaste = () => {
    if (text.trim() === '') setProblem('请先把名单粘贴到上面的输入框里')
    else void check({ text }, true)
  }

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(amounts) => {
          const unconfirmed = amounts.rows.filter((r) => r.source === 'carried' || r.source === 'roster')
          return (
            <View className="stack">
              <Text className="page-title">党费金额</Text>
              <ChoiceChips
                options={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y}年` }))}
                value={String(year)}
                onChange={chooseYear}
              />
              {amounts.year !== year ? <Loading /> : null}
              <Text>{totalsText(amounts)}</Text>
              {amounts.totals.warnings > 0 ? (
                <Text className="dues-warning__title">⚠ {amounts.totals.warnings}人的基数刚过档次边界，请核对</Text>
              ) : null}
              {done ? <Notice kind="success">{done}</Notice> : null}
              <Section title="设置或修改基数">
                <Text>
                  先检查，再确认：检查时不会保存；每个人都没有问题才能确认，确认后从所选月份起的账单随之更新。
                </Text>
                <Field label="从哪个月起" hint="年初确定全年金额选1月；工资变动从第一次发新工资的月份起。">
                  <MonthPicker year={year} value={from} onChange={setFrom} />
                </Field>
                {unconfirmed.length > 0 ? (
                  <Button
                    block
                    disabled={busy !== null}
                    onClick={() =>
                      void check({
                        rows: unconfirmed.map((r) => ({ memberId: r.memberId, effectiveFrom: `${year}-01` })),
                      })
                    }
                  >
                    {`确认${unconfirmed.length}人沿用的金额（从${monthLabel(`${year}-01`)}起）`}
                  </Button>
                ) : null}
                <Text>逐人修改：点按下面名单中的“改基数或类别”。</Text>
                <Text>
                  批量修改：粘贴名单，每人一行，依次是姓名、基数（元）、党费类别（可不填），用逗号或制表符分隔，可以直接从
                  Excel 复制。例如：
                </Text>
                <View className="paste-table__example">
                  <Text userSelect>{HEADER}</Text>
                  <Text userSelect>{EXAMPLE}</Text>
                </View>
                <Textarea
                  className="ui-textarea amounts__textarea"
                  value={text}
                  maxlength={-1}
                  placeholder="把姓名、基数、类别粘贴到这里"
                  onInput={(event) => setText(event.detail.value)}
                />
                <Button kind="primary" block loading={busy === 'check'} onClick={checkPaste}>
                  检查金额
                </Button>
                {problem && !editing ? <Notice kind="error">{problem}</Notice> : null}
              </Section>
              <Section title={`${amounts.year}年每人金额（${amounts.rows.length}人）`}>
                {amounts.rows.map((row) => (
                  <AmountRowCard
                    key={row.memberId}
                    row={row}
                    onEdit={(picked) => {
                      setProblem(null)
                      setEditing({ row: picked })
                    }}
                  />
                ))}
              </Section>
              {editing && !checking ? (
                <BaseSheet
                  row={editing.row}
                  draft={editing.draft}
                  year={year}
                  from={from}
                  busy={busy === 'check'}
                  problem={problem}
                  onCancel={() => {
                    setProblem(null)
                    setEditing(null)
                  }}
                  onCheck={(draft) => {
                    setEditing({ row: editing.row, draft })
                    void check({ rows: [draft] })
                  }}
                />
              ) : null}
              {checking ? (
                <PreviewSheet
                  preview={checking.preview}
                  busy={busy === 'confirm'}
                  problem={confirmProblem}
                  onConfirm={() => void confirm()}
                  onBack={() => setChecking(null)}
                />
              ) : null}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
