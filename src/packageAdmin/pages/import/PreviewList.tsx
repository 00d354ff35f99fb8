import type { RosterPreview } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { Notice } from '@/components/Notice'

/** Rows without problems listed after this many are only counted. */
const SHOWN_CLEAN_ROWS = 30

function rowTitle(row: RosterPreview['rows'][number]): string {
  return [`第${row.line}行`, row.name || '（没有姓名）', row.branchName || '（没有支部）'].join(' · ')
}

/**
 * Every row's problems, in words with a mark and red, problem rows first. `titleOf` names a row
 * of another sheet (题库导入's: the stem, its kind and topic).
 */
export function PreviewList({
  preview,
  titleOf = rowTitle,
}: {
  preview: RosterPreview
  titleOf?: (row: RosterPreview['rows'][number]) => string
}) {
  const withProblems = preview.rows.filter((row) => row.problems.length > 0)
  const clean = preview.rows.filter((row) => row.problems.length === 0)
  const ready = preview.headerProblems.length === 0 && preview.problemCount === 0 && preview.total > 0
  return (
    <View className="stack">
      {preview.headerProblems.map((problem) => (
        <Notice key={problem} kind="error">{`表头有问题：${problem}`}</Notice>
      ))}
      <Notice kind={ready ? 'success' : 'error'}>
        {ready ? `共${preview.total}行，都没有问题，可以导入` : `共${preview.total}行，${preview.problemCount}行有问题`}
      </Notice>
      {withProblems.map((row) => (
        <View key={row.line} className="paste-table__row paste-table__row--problem preview-row">
          <Text className="preview-row__title">{titleOf(row)}</Text>
          {row.problems.map((problem) => (
            <Text key={problem} className="paste-table__problem">
              ✗ {problem}
            </Text>
          ))}
        </View>
      ))}
      {clean.slice(0, SHOWN_CLEAN_ROWS).map((row) => (
        <View key={row.line} className="paste-table__row preview-row">
          <Text className="preview-row__title">{titleOf(row)}</Text>
          <Text className="preview-row__ok">✓ 没有问题</Text>
        </View>
      ))}
      {clean.length > SHOWN_CLEAN_ROWS ? (
        <Text className="text-secondary">另有{clean.length - SHOWN_CLEAN_ROWS}行没有问题。</Text>
      ) : null}
    </View>
  )
}
