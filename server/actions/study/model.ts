/** Study documents as stored in the cloud database. Instants are epoch ms; days are China dates. */
import type { StudyItemKind, StudyPeriod } from '../../../core/contract/study'
import type { ChinaDate, ChinaMonth } from '../../../core/dates'
import type { ContentVerdict } from '../../runtime/content-check'
import type { ProxyMark } from '../proxy/model'

/** An entry of the reading list (必读书目, 学习资料): retired, never deleted. */
export interface StudyItemDoc {
  _id: string
  /** `bureau`: 机关党委's list for every branch (branchId null); `branch`: one branch's own. */
  scope: 'bureau' | 'branch'
  branchId: string | null
  title: string
  kind: StudyItemKind
  link: string | null
  fileID: string | null
  period: StudyPeriod | null
  status: 'active' | 'retired'
  createdAt: number
  createdBy: string | null
  updatedAt: number
  retiredAt: number | null
}

/** What an entry said; earlier versions are kept in `history` when the member corrects it. */
export interface StudyContent {
  itemId: string | null
  /** The item's title and kind at the time, or the member's own words (kind null). */
  title: string
  kind: StudyItemKind | null
  minutes: number | null
  /** 心得 */
  reflection: string
  /** msgSecCheck's verdict on the member's own words; `review` is kept with this flag. */
  contentCheck: ContentVerdict
}

/** One 学习打卡: soft-deleted (withdrawn), never removed. */
export interface StudyCheckinDoc extends StudyContent {
  _id: string
  memberId: string
  /** The member's branch when they recorded it (reads go by memberId: members move). */
  branchId: string
  /** The day studied, and its month for the calendar. */
  day: ChinaDate
  month: ChinaMonth
  late: boolean
  status: 'active' | 'withdrawn'
  createdAt: number
  updatedAt: number
  withdrawnAt: number | null
  /** Bumped on every change, so that two changes never overwrite each other unseen. */
  version: number
  history: Array<StudyContent & { replacedAt: number }>
  /** Recorded by a linked member on the member's behalf (代记). */
  proxy?: ProxyMark
}
