import Taro from '@tarojs/taro'
import type { MakeupItem } from '@core/contract/activity-views'
import { makeupStateText } from '@core/activity/types'
import { dayText } from '@/activity/words'
import { EntryRow } from '@/components/EntryRow'

/** The page of one 补学 task; without one, 我的补学 (all of them). */
export function makeupPage(activityId?: string): string {
  const page = '/packageMember/pages/makeup/index'
  return activityId === undefined ? page : `${page}?a=${encodeURIComponent(activityId)}`
}

/**
 * One 补学 task as it reads on every screen (首页, 学习, 我的补学): the activity and its day, the
 * task's state; a tap opens it. `label` goes in front where the list mixes kinds (首页's 待办).
 */
export function MakeupTaskRow({ task, label = '' }: { task: MakeupItem; label?: string }) {
  return (
    <EntryRow
      title={`${label}${task.title} · ${dayText(task.startAt)}`}
      value={makeupStateText(task.status, task.offlineOn)}
      onClick={() => void Taro.navigateTo({ url: makeupPage(task.activityId) })}
    />
  )
}
