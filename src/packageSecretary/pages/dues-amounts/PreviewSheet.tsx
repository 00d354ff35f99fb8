import type { AmountsPreview } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { Sheet } from '@/components/Sheet'
import { yuan } from '@/dues/words'
import { amountLine, previewChange, previewTitle } from './words'
import { BaseWarning } from './BaseWarning'

export interface PreviewSheetProps {
  preview: AmountsPreview
  busy: boolean
  /** A refusal of the confirmation, in the server's words. */
  problem: string | null
  onConfirm: () => void
  onBack: () => void
}

/** 核对金额: every row's amount, warnings and problems; nothing is saved until 确认. */
export function PreviewSheet({ preview, busy, problem, onConfirm, onBack }: PreviewSheetProps) {
  const ready = preview.problemCount === 0 && preview.rows.length > 0
  return (
    <Sheet title="核对金额">
      <Text>还没有保存。请逐行核对，没有问题再点“确认”。</Text>
      <Notice kind={ready ? 'success' : 'error'}>
        {ready
          ? `共${preview.rows.length}人，每月合计 ${yuan(preview.monthlyFen)}，可以确认`
          : `共${preview.rows.length}行，${preview.problemCount}行需要修改，改好后才能确认`}
      </Notice>
      {preview.warningCount > 0 ? (
        <Text className="dues-warning__title">⚠ {preview.warningCount}人的基数刚过档次边界，请核对基数是否准确</Text>
      ) : null}
      {preview.rows.map((row, index) => (
        <View
          key={`${row.line ?? ''}-${row.memberId ?? index}`}
          className={
            row.problems.length > 0
              ? 'paste-table__row paste-table__row--problem preview-amount'
              : 'paste-table__row preview-amount'
          }
        >
          <Text className="preview-amount__title">{previewTitle(row)}</Text>
          {row.problems.length === 0 ? <Text>{amountLine(row)}</Text> : null}
          {row.problems.length === 0 ? <Text className="text-secondary">{previewChange(row)}</Text> : null}
          <BaseWarning warning={row.warning} />
          {row.problems.map((p) => (
            <Text key={p} className="paste-table__problem preview-amount__problem">
              ✗ {p}
            </Text>
          ))}
        </View>
      ))}
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <View className="row">
        <Button block disabled={busy} onClick={onBack}>
          返回修改
        </Button>
        <Button kind="primary" block loading={busy} disabled={!ready} onClick={onConfirm}>
          {ready ? `确认${preview.rows.length}人的金额` : '有问题，不能确认'}
        </Button>
      </View>
    </Sheet>
  )
}
