/** The 补学 card's words that only this page uses (kept out of the main package). */
import type { MakeupView } from '@core/contract/activity-views'
import { MAKEUP_STATUS_LABELS, OFFLINE_MAKEUP_LABEL } from '@core/activity/types'
import { formatChinaWhen, monthDayWords } from '@core/dates'
import type { Step } from '@/components/Steps'
import { appNow } from '@/services/clock'

/**
 * 补学's 办理进度: 提交心得 → 补学待审 → 已补学, or 补学退回 (when, by whom) and back to 重新提交,
 * in MAKEUP_STATUS_LABELS' words; a cancelled task has none.
 */
export function makeupSteps(
  task: Pick<MakeupView, 'status' | 'submittedAt' | 'reviews' | 'offline'>,
  now = appNow(),
): Step[] {
  const last = task.reviews.at(-1)
  const at = (instant: number | null | undefined) => (instant ? formatChinaWhen(instant, now) : undefined)
  // Done in person (线下补学): one step, the day and who recorded it.
  if (task.offline && task.status === 'done') {
    return [
      {
        label: `${MAKEUP_STATUS_LABELS.done}：${OFFLINE_MAKEUP_LABEL}`,
        state: 'done',
        when: monthDayWords(task.offline.on),
        note: `${task.offline.byName}登记`,
      },
    ]
  }
  const review: Step = { label: MAKEUP_STATUS_LABELS.submitted, state: 'todo' }
  const result: Step = { label: MAKEUP_STATUS_LABELS.done, state: 'todo' }
  switch (task.status) {
    case 'due':
      return [{ label: MAKEUP_STATUS_LABELS.due, state: 'now', note: '学习材料，写心得提交' }, review, result]
    case 'submitted':
      return [
        { label: '已提交心得', state: 'done', when: at(task.submittedAt) },
        { ...review, state: 'now', note: '等待书记审核' },
        result,
      ]
    case 'returned':
      return [
        { label: '已提交心得', state: 'done', when: at(task.submittedAt) },
        {
          label: MAKEUP_STATUS_LABELS.returned,
          state: 'back',
          when: at(last?.at),
          note: last ? `${last.byName}退回` : undefined,
        },
        { label: '修改后重新提交', state: 'now' },
      ]
    case 'done':
      return [
        { label: '已提交心得', state: 'done', when: at(task.submittedAt) },
        { ...result, state: 'done', when: at(last?.at), note: last ? `${last.byName}确认` : undefined },
      ]
    default:
      return []
  }
}
