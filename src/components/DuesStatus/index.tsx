import type { ArrearsLevel, MemberDuesView } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Notice } from '../Notice'
import { ARREARS_LEVEL_WORDS, amountText, monthLabel, monthListText, partText, statusText, yuan } from '@/dues/words'
import './index.css'

export interface DuesStatusProps {
  view: MemberDuesView
  /** The member reads about themselves; a collector reads the branch's words. */
  audience: 'member' | 'collector'
}

const RULE = '按党章规定，连续6个月不交纳党费又没有正当理由的，将被视为自行脱党。'

/** What the member is told about their arrears: plainly, and early. */
function memberArrearsWords(level: ArrearsLevel, consecutive: number): string {
  if (level === 'sixMonths') return `已连续${consecutive}个月未交。${RULE}请马上与支部书记联系。`
  if (level === 'threeMonths' || level === 'fiveMonths') {
    return `已连续${consecutive}个月未交。${RULE}请尽快补交，或与支部书记联系。`
  }
  return '请尽快补交。'
}

/** This month's amount and state in big type, how the amount comes about, and any arrears. */
export function DuesStatus({ view, audience }: DuesStatusProps) {
  const { thisMonth, amount, arrears, settings } = view
  const part = partText(thisMonth)
  const who = audience === 'member' ? '您' : ''
  return (
    <View className="dues-status">
      <View className={`dues-status__card dues-status__card--${thisMonth.status}`}>
        <Text className="dues-status__label">本月（{monthLabel(thisMonth.month)}）应交</Text>
        <Text className="dues-status__amount">{thisMonth.dueFen === null ? '金额待定' : yuan(thisMonth.dueFen)}</Text>
        <Text className="dues-status__state">{statusText(thisMonth.status)}</Text>
        {part ? <Text className="dues-status__line">{part}</Text> : null}
        <Text className="dues-status__line">每月{settings.collectionDay}日起收缴本月党费</Text>
      </View>
      {amount ? (
        <Text className="dues-status__line">
          {amountText(amount)}
          {amount.confirmed ? '' : '（书记还没有确认今年的金额）'}
        </Text>
      ) : (
        <Text className="dues-status__line">党费金额还没有确定，请与支部书记联系。</Text>
      )}
      {view.member.probationary ? (
        <Text className="dues-status__line">预备党员，从{monthLabel(view.firstMonth)}起交纳党费。</Text>
      ) : null}
      {arrears.months.length > 0 ? (
        <View className="stack">
          <Notice kind="error">
            {`${who}欠交${arrears.months.length}个月：${monthListText(arrears.months)}，共 ${yuan(arrears.owedFen)}`}
          </Notice>
          <Text className="dues-status__warning">
            {audience === 'member'
              ? memberArrearsWords(arrears.level, arrears.consecutive)
              : `⚠ ${ARREARS_LEVEL_WORDS[arrears.level]}`}
          </Text>
        </View>
      ) : null}
      {view.notice ? <Notice kind="info">{view.notice}</Notice> : null}
    </View>
  )
}
