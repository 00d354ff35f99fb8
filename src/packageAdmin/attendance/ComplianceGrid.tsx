import type { RuleCheck } from '@core/contract/attendance'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { Text, View } from '@tarojs/components'
import { Fragment } from 'react'
import { useDisplay } from '@/display/prefs'
import './index.css'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)
/** 长辈版: two half-year grids of six columns each, so that nothing runs past the card's edge. */
const HALVES = [MONTHS.slice(0, 6), MONTHS.slice(6)]

/** The first month a period covers (the year's: January). */
function firstMonthOf(key: string): number {
  const month = /^\d{4}-(\d{2})$/.exec(key)
  if (month) return Number(month[1])
  const quarter = /^\d{4}-Q(\d)$/.exec(key)
  return quarter ? (Number(quarter[1]) - 1) * 3 + 1 : 1
}

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
  const { prefs } = useDisplay()
  if (!prefs.elder) return <MonthGrid checks={checks} months={MONTHS} />
  return (
    <>
      {HALVES.map((months) => (
        <MonthGrid key={months[0]} checks={checks} months={months} half />
      ))}
    </>
  )
}

/**
 * The grid over some months: the whole year, or (长辈版) half of it, where the year's one period
 * spans the six columns and the rule's figure is written over the first half only.
 */
function MonthGrid({ checks, months, half = false }: { checks: RuleCheck[]; months: number[]; half?: boolean }) {
  const first = months[0]
  const last = months[months.length - 1]
  return (
    <View
      ref={half ? undefined : scrollableByKeyboard}
      className={half ? 'att-grid-wrap att-grid-wrap--half' : 'att-grid-wrap'}
    >
      <View className={half ? 'att-grid att-grid--half' : 'att-grid'}>
        {months.map((m) => (
          <Text key={m} className="att-grid__month" aria-label={`${m}月`}>
            {m}
          </Text>
        ))}
        {checks.map((c) => (
          <Fragment key={c.rule}>
            <View className="att-rule__head att-grid__rule">
              <Text>{c.label}</Text>
              {half && first > 1 ? null : (
                <Text
                  className={c.state === 'missing' ? 'att-rule__state att-rule__state--missing' : 'att-rule__state'}
                >
                  {PERIOD_STATE_MARKS[c.state]} {PERIOD_STATE_LABELS[c.state]}
                  {c.state === 'notApplicable' || c.state === 'notDue' ? '' : ` ${c.held}/${c.due}`}
                </Text>
              )}
            </View>
            {c.periods
              .filter((p) => spanOf(p.key) === 12 || (firstMonthOf(p.key) >= first && firstMonthOf(p.key) <= last))
              .map((p) => (
                <Text
                  key={p.key}
                  className={`att-grid__cell att-grid__cell--${p.state} att-grid__span--${half && spanOf(p.key) === 12 ? 'all' : spanOf(p.key)}`}
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
