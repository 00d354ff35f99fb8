/** 首页: everything a member must act on, in one call. */
import * as v from 'valibot'
import type { ActivityListItem, MakeupItem } from './activity'
import { action } from './define'
import type { DuesHomeStatus } from './dues'
import type { Session } from './session'

export interface MemberHome {
  session: Session
  /** The next activity I am expected at, with what I can do from its card. */
  nextActivity: ActivityListItem | null
  /** My open 补学 tasks, most urgent first. */
  makeup: MakeupItem[]
  /** China days of this month on which I recorded study. */
  study: { month: string; studyDays: string[] } | null
  /** This month's dues and any arrears. */
  dues: DuesHomeStatus | null
  /** Notices not yet opened. */
  unreadNotices: number
}

export const memberHomeActions = {
  'home.get': action<MemberHome>()('anyone', v.object({})),
}
