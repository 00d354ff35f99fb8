import { monthDayWords } from '@core/dates'
import type { RuleCheck } from '@core/contract/attendance'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { Text, View } from '@tarojs/components'
import './index.css'

function periodsWords(check: RuleCheck): string {
  return check.periods
    .filter((p) => p.state !== 'notDue')
    .map((p) => {
      if (p.heldDates.length === 0) return `${p.label}${PERIOD_STATE_MARKS[p.state]}${PERIOD_STATE_LABELS[p.state]}`
      const days = p.heldDates.map(monthDayWords).join('、')
      // A month's label is in its dates already: 3月5日✓ rather than 3月✓3月5日.
      return /^\d{4}-\d{2}$/.test(p.key) ? `${days}✓` : `${p.label}✓${days}`
    })
    .join('；')
}

/** One branch's rules: each requirement, its state in a mark and in words, and the dates held. */
export function ComplianceRows({ checks, words }: { checks: RuleCheck[]; words: Record<string, string> }) {
  return (
    <View>
      {checks.map((c) => (
        <View key={c.rule} className="att-rule">
          <View className="att-rule__head">
            <Text>
              {c.label}（{words[c.rule]}）
            </Text>
            <Text className={c.state === 'missing' ? 'att-rule__state att-rule__state--missing' : 'att-rule__state'}>
              {PERIOD_STATE_MARKS[c.state]} {PERIOD_STATE_LABELS[c.state]}
              {c.state === 'notApplicable' || c.state === 'notDue' ? '' : ` ${c.held}/${c.due}`}
            </Text>
          </View>
          {c.periods.length > 0 && c.state !== 'notDue' ? (
            <Text className="text-secondary">{periodsWords(c)}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
