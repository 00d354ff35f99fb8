import type { RuleCheck } from '@core/contract/attendance'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { Text, View } from '@tarojs/components'
import { Fragment } from 'react'
import './index.css'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** How many months a period covers: a month, a quarter, the year. */
function spanOf(key: string): number {
  if (/^\d{4}-\d{2}$/.test(key)) return 1
  if (/^\d{4}-Q\d$/.test(key)) return 3
  return 12
}

/**
 * At large type the grid scrolls sideways: in the browser its region takes the keyboard's focus
 * so that it can be scrolled without a pointer (WCAG 2.1.1). The phone has no keyboard. A callback
 * ref sets it while React commits, before the grid is painted (an effect runs after the paint,
 * and a check in between found the region without it).
 */
function scrollableByKeyboard(el: unknown) {
  if (typeof HTMLElement === 'undefined' || !(el instanceof HTMLElement)) return
  el.tabIndex = 0
  el.setAttribute('role', 'region')
  el.setAttribute('aria-label', '各项制度每月落实情况')
}

/**
 * One branch's year at a glance: each rule's name with its figure in words (✗ 未完成 9/10),
 * then its periods across the twelve months, marked ✓ held, ✗ missing, … under way, — not yet
 * due (a quarter's cell spans three months, the year's all twelve). Colour only repeats the mark.
 */
export function ComplianceGrid({ checks }: { checks: RuleCheck[] }) {
  return (
    <View ref={scrollableByKeyboard} className="att-grid-wrap">
      <View className="att-grid">
        {MONTHS.map((m) => (
          <Text key={m} className="att-grid__month" aria-label={`${m}月`}>
            {m}
          </Text>
        ))}
        {checks.map((c) => (
          <Fragment key={c.rule}>
            <View className="att-rule__head att-grid__rule">
              <Text>{c.label}</Text>
              <Text className={c.state === 'missing' ? 'att-rule__state att-rule__state--missing' : 'att-rule__state'}>
                {PERIOD_STATE_MARKS[c.state]} {PERIOD_STATE_LABELS[c.state]}
                {c.state === 'notApplicable' || c.state === 'notDue' ? '' : ` ${c.held}/${c.due}`}
              </Text>
            </View>
            {c.periods.map((p) => (
              <Text
                key={p.key}
                className={`att-grid__cell att-grid__cell--${p.state} att-grid__span--${spanOf(p.key)}`}
                aria-label={`${c.label}${p.label}：${PERIOD_STATE_LABELS[p.state]}`}
              >
                {PERIOD_STATE_MARKS[p.state]}
              </Text>
            ))}
          </Fragment>
        ))}
      </View>
    </View>
  )
}
