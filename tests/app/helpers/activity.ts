/** Activity data as the cloud answers it, for the app's page tests (China time, fixed instants). */
import type { ActivityListItem, ActivityPage, MakeupItem, MakeupView, MyActivity } from '@core/contract/activity-views'
import type { MemberHome } from '@core/contract/home'
import { memberSession } from './fake-cloud'

/** 2026-03-06 (a Friday) at a China wall-clock time. */
export const march6 = (clock: string): number => Date.parse(`2026-03-06T${clock}:00+08:00`)

export const listItem = (me: Partial<ActivityListItem['me']> = {}): ActivityListItem => ({
  id: 'act-1',
  type: 'activityDay',
  title: '3月党员集中活动日',
  status: 'published',
  startAt: march6('15:00'),
  endAt: march6('17:00'),
  place: '机关三楼党员活动室',
  scheduleId: 's-1',
  edited: false,
  me: {
    status: 'expected',
    makeup: null,
    can: { requestLeave: true, signIn: false, submitMakeup: false },
    ...me,
  },
})

export const myActivity = (extra: Partial<MyActivity> = {}): MyActivity => ({
  status: 'expected',
  makeup: null,
  leave: null,
  attendance: null,
  can: { requestLeave: true, signIn: false, submitMakeup: false },
  signIn: { state: 'notYet', opensAt: march6('14:30'), closesAt: march6('17:00'), message: '签到将于3月6日 14:30开始' },
  leaveMessage: null,
  ...extra,
})

export const makeupView = (extra: Partial<MakeupView> = {}): MakeupView => ({
  activityId: 'act-1',
  title: '3月党员集中活动日',
  type: 'activityDay',
  startAt: march6('15:00'),
  cause: 'leave',
  status: 'due',
  materials: [{ kind: 'text', title: '党章第一章', text: '第一条 年满十八岁的……' }],
  reflection: null,
  submittedAt: null,
  reviews: [],
  canSubmit: true,
  ...extra,
})

export const activityPage = (me: Partial<MyActivity> = {}, makeupTask: MakeupView | null = null): ActivityPage => {
  const { me: _ignored, ...summary } = listItem()
  return {
    activity: {
      ...summary,
      branchId: 'b-1',
      geofence: null,
      agenda: '1. 集中学习\n2. 交流发言',
      materials: [{ kind: 'link', title: '学习强国专题', url: 'https://example.org/a' }],
    },
    me: myActivity(me),
    makeupTask,
  }
}

export const makeupItem = (extra: Partial<MakeupItem> = {}): MakeupItem => ({
  activityId: 'act-0',
  title: '2月固定学习日',
  type: 'studyDay',
  startAt: Date.parse('2026-02-06T15:00:00+08:00'),
  cause: 'absent',
  status: 'due',
  submittedAt: null,
  lastComment: null,
  ...extra,
})

export const memberHome = (extra: Partial<MemberHome> = {}): MemberHome => ({
  session: memberSession(),
  nextActivity: listItem(),
  makeup: [makeupItem()],
  study: { month: '2026-03', studyDays: ['2026-03-02', '2026-03-03', '2026-03-05'] },
  dues: { month: '2026-03', dueFen: 3000, owedFen: 3000, status: 'due', arrearsMonths: 0, level: 'none' },
  unreadNotices: 0,
  noticesToAck: 0,
  welcome: false,
  officer: null,
  office: null,
  ...extra,
})
