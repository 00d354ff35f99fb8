import { Text, View } from '@tarojs/components'
import { useDisplay } from '@/display/prefs'
import { blanksBefore, daysOfMonth, weekdayText } from '@/study/days'
import './index.css'

export interface StudyCalendarProps {
  /** `YYYY-MM` */
  month: string
  /** Today in China (`YYYY-MM-DD`): days after it cannot be chosen. */
  today: string
  /** Days of the month with a study record. */
  studyDays: string[]
  /** The day whose entries are shown below, if any. */
  selected: string | null
  onPick: (day: string) => void
}

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']
/** From this root size on (长辈版, large WeChat text) seven columns cannot give 60 px targets. */
const ROOMY_FROM_PX = 22

/**
 * A month of study days. A studied day says “✓已学” (not only a colour), today says “今天”.
 * With large text the month is laid out four days to a row, so every day stays a big target,
 * and each day then names its weekday (the seven-column header no longer fits).
 */
export function StudyCalendar({ month, today, studyDays, selected, onPick }: StudyCalendarProps) {
  const { rootPx } = useDisplay()
  const roomy = rootPx >= ROOMY_FROM_PX
  const studied = new Set(studyDays)
  const cells = daysOfMonth(month).map((day) => {
    const future = day > today
    const classes = ['study-cal__day']
    if (studied.has(day)) classes.push('study-cal__day--studied')
    if (day === today) classes.push('study-cal__day--today')
    if (day === selected) classes.push('study-cal__day--selected')
    if (future) classes.push('study-cal__day--future')
    const date = Number(day.slice(8))
    // Every day has the same three lines, so that rows stay even and 今天 lines up with the rest.
    const second = day === today ? '今天' : roomy ? weekdayText(day) : ''
    return (
      <View key={day} className={classes.join(' ')} onClick={future ? undefined : () => onPick(day)}>
        <Text className="study-cal__date">{roomy ? `${date}日` : String(date)}</Text>
        <Text className="study-cal__weekday">{second}</Text>
        <Text className="study-cal__mark">{studied.has(day) ? '✓已学' : ''}</Text>
      </View>
    )
  })
  return (
    <View className={roomy ? 'study-cal study-cal--roomy' : 'study-cal'}>
      {roomy ? null : (
        <View className="study-cal__grid">
          {WEEK_HEAD.map((name) => (
            <Text key={name} className="study-cal__head">
              {name}
            </Text>
          ))}
        </View>
      )}
      <View className="study-cal__grid">
        {roomy
          ? null
          : Array.from({ length: blanksBefore(month) }, (_unused, i) => (
              <View key={`blank-${i}`} className="study-cal__blank" />
            ))}
        {cells}
      </View>
      <Text className="study-cal__legend">“✓已学”：这一天有学习记录。点日子查看当天的记录。</Text>
    </View>
  )
}
