import Taro from '@tarojs/taro'
import type { ArrearsRow } from '@core/contract/dues'
import { Text } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ARREARS_LEVEL_WORDS, monthListText, yuan } from '@/dues/words'
import { duesMemberUrl } from '../../dues/links'

/** Members with past months unpaid, longest run first; flagged at 3, 5 and 6 months. */
export function ArrearsList({ rows }: { rows: ArrearsRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <Card key={row.memberId} onClick={() => void Taro.navigateTo({ url: duesMemberUrl(row.memberId) })}>
          <Text className="dues-page__name">{row.name} ›</Text>
          <Text className="dues-page__line">
            欠交{row.months.length}个月：{monthListText(row.months)}，共 {yuan(row.owedFen)}
          </Text>
          {row.level === 'owing' || row.level === 'none' ? null : (
            <Text className={`dues-page__flag dues-page__flag--${row.level}`}>⚠ {ARREARS_LEVEL_WORDS[row.level]}</Text>
          )}
        </Card>
      ))}
    </>
  )
}
