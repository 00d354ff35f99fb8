import { dayOffIn, dayOffWarning, type DaysOff } from '@core/activity/day-off'
import { Text } from '@tarojs/components'
import './DayOffWarning.css'

/**
 * Under a date picker: the picked day is a weekend or an official holiday (the form's one read
 * brought the days off). A warning only — a branch may meet on such a day on purpose; `then` says
 * what she may still do (仍可照常发布).
 */
export function DayOffWarning({ daysOff, day, then }: { daysOff: DaysOff; day: string; then: string }) {
  const words = dayOffIn(daysOff, day)
  if (!words) return null
  return <Text className="day-off">{`${dayOffWarning(words)}。确需这一天开展的，${then}。`}</Text>
}
