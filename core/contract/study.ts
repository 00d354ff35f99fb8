/**
 * 学习打卡: the reading list (必读书目 and 学习资料) and members' study check-ins.
 *
 * An item counts as finished (学完) for a member once they have a check-in on it that they
 * have not withdrawn: items are kept small (a volume, a chapter, a topic), so recording the
 * study is the natural moment, and nobody needs a second tap to say so.
 *
 * Officers see completeness, never performance: a secretary sees per member only whether
 * there is a record in the month and which reading-list items are done; an admin sees per
 * branch only the share of members with a record. No counts, minutes, ranks or sorting by
 * activity leave the member's own screen (2026 rules against 形式主义).
 */
import * as v from 'valibot'
import type { ChinaDate, ChinaMonth } from '../dates'
import type { MakeupItem } from './activity-views'
import { STUDY_LIMITS, type StudyPeriod } from '../study'
import { action } from './define'
import { chinaDateField, chinaMonthField, docId, optionalText, text } from './fields'
import { STUDY_KIND_LABELS, type StudyItemKind } from './study-labels'

export type { StudyPeriod }

export * from './study-labels'

/** One entry of the reading list. */
export interface ReadingItem {
  id: string
  /** `bureau`: kept by 机关党委 for every branch; `branch`: added by the branch's officers. */
  scope: 'bureau' | 'branch'
  title: string
  kind: StudyItemKind
  /** A web page (e.g. a 学习强国 topic), or null. */
  link: string | null
  /** A file in cloud storage (`cloud://…`), e.g. a 专题党课 recording, or null. */
  fileID: string | null
  period: StudyPeriod | null
  /** `2026年第一季度`, `2026年3月`; null without a period. */
  periodLabel: string | null
  /** No period, or its period covers the view's month (on the member's page: this month). */
  current: boolean
}

/** The reading list as a member sees it. */
export interface MyReadingItem extends ReadingItem {
  /** The member has a check-in on this item that they have not withdrawn. */
  finished: boolean
}

/** The reading list as an officer manages it. */
export interface ManagedReadingItem extends ReadingItem {
  /** This caller may edit and retire it here. */
  editable: boolean
}

/** One of the member's own check-ins. */
export interface StudyEntry {
  id: string
  /** The day studied (China). */
  day: ChinaDate
  /** Recorded on a later day (补记, at most 3 days back). */
  late: boolean
  itemId: string | null
  /** The reading-list item's title at the time, or the member's own words. */
  title: string
  kind: StudyItemKind | null
  minutes: number | null
  /** 心得; empty when none was written. */
  reflection: string
  /** The member corrected it (earlier versions are kept). */
  corrected: boolean
  recordedAt: number
  /** Still the China day it was recorded: the member may correct or withdraw it. */
  editable: boolean
  /** Recorded for the member by this linked member (代记). */
  proxyName?: string
}

/** The member's 学习 page in one call. */
export interface MyStudyMonth {
  today: ChinaDate
  month: ChinaMonth
  /** Days of the month with at least one record, oldest first. */
  studyDays: ChinaDate[]
  /** The chosen day: the input's, else today within the current month, else null. */
  day: ChinaDate | null
  /** My entries of `day`, in the order recorded. */
  entries: StudyEntry[]
  /** Today and the 3 days before it, newest first: the days a check-in may be for. */
  recordableDays: ChinaDate[]
  /** My branch's reading list: bureau-wide first; within each, this month's themes, then the rest. */
  items: MyReadingItem[]
  /** My open 补学 tasks (returned, then due, then submitted; the latest activity first). */
  makeup: MakeupItem[]
}

export interface MyStudyDay {
  day: ChinaDate
  entries: StudyEntry[]
}

/** A member as their secretary sees their study: completeness only. */
export interface BranchStudyMember {
  memberId: string
  name: string
  /** At least one record in `month`. */
  hasRecord: boolean
  /** Items of `items` the member has finished. */
  doneItemIds: string[]
}

/** The secretary's 学习资料 page in one call. */
export interface BranchStudy {
  branch: { id: string; name: string }
  month: ChinaMonth
  items: ManagedReadingItem[]
  /** Active members of the branch, by name. */
  members: BranchStudyMember[]
}

export interface BranchStudyShare {
  branchId: string
  branchName: string
  /** Whole percent of the branch's active members with a record in the month; null without members. */
  sharePercent: number | null
}

/** The admin's study overview in one call. */
export interface BureauStudy {
  month: ChinaMonth
  /** The same share over the whole bureau. */
  bureauSharePercent: number | null
  /** Every branch, in the organisation's order (never by share). */
  branches: BranchStudyShare[]
  /** The bureau-wide reading list. */
  items: ManagedReadingItem[]
}

const kind = v.picklist(Object.keys(STUDY_KIND_LABELS) as StudyItemKind[], '请选择资料类型')
const link = v.pipe(
  v.string('链接格式不对'),
  v.trim(),
  v.maxLength(STUDY_LIMITS.link, `链接最多${STUDY_LIMITS.link}个字符`),
  v.regex(/^https?:\/\/\S+$/, '链接应以 http:// 或 https:// 开头'),
)
const fileID = v.pipe(v.string('文件不对'), v.maxLength(500, '文件不对'), v.startsWith('cloud://', '文件不对'))
const period = v.pipe(
  v.object({ from: chinaMonthField('开始月份'), to: chinaMonthField('结束月份') }),
  v.check((p) => p.from <= p.to, '结束月份不能早于开始月份'),
)
const itemFields = {
  title: text('资料名称', STUDY_LIMITS.itemTitle),
  kind,
  link: v.nullish(link, null),
  fileID: v.nullish(fileID, null),
  period: v.nullish(period, null),
}
const itemChanges = v.object({
  title: v.optional(itemFields.title),
  kind: v.optional(kind),
  link: v.optional(v.nullable(link)),
  fileID: v.optional(v.nullable(fileID)),
  period: v.optional(v.nullable(period)),
})
const reason = optionalText('原因', STUDY_LIMITS.reason)

/** What was studied: an item of the reading list, or the member's own words; minutes and 心得 optional. */
export const studyContent = {
  itemId: v.nullish(docId('学习资料'), null),
  /** Free text when the study was not from the list; empty counts as none. */
  title: v.nullish(
    v.pipe(
      v.string('学习内容格式不对'),
      v.trim(),
      v.maxLength(STUDY_LIMITS.freeTitle, `学习内容最多${STUDY_LIMITS.freeTitle}个字`),
      v.transform((s) => s || null),
    ),
    null,
  ),
  minutes: v.nullish(
    v.pipe(
      v.number('学习时长应为分钟数'),
      v.integer('学习时长应为整数分钟'),
      v.minValue(STUDY_LIMITS.minutesMin, '学习时长至少1分钟'),
      v.maxValue(STUDY_LIMITS.minutesMax, `学习时长最多${STUDY_LIMITS.minutesMax}分钟`),
    ),
    null,
  ),
  reflection: optionalText('心得', STUDY_LIMITS.reflection),
}
export const oneSource = <T extends { itemId: string | null; title: string | null }>() =>
  v.check<T, string>((c) => (c.itemId ? 1 : 0) + (c.title ? 1 : 0) === 1, '请从书目中选一项，或写下学了什么（二选一）')
const checkInInput = v.object({ day: v.optional(chinaDateField('学习日期')), ...studyContent })
const correctInput = v.object({ entryId: docId('学习记录'), ...studyContent })

export const memberStudyActions = {
  /** The 学习 page: calendar, the chosen day's entries, my open 补学, the reading list with what I finished. */
  'study.month': action<MyStudyMonth>()(
    'member',
    v.object({ month: v.optional(chinaMonthField('月份')), day: v.optional(chinaDateField('日期')) }),
  ),
  /** Another day's entries when a calendar day is tapped. */
  'study.day': action<MyStudyDay>()('member', v.object({ day: chinaDateField('日期') })),
  /** 学习打卡 for today (default) or one of the last 3 days as a late entry. */
  'study.checkIn': action<StudyEntry>()(
    'member',
    v.pipe(checkInInput, oneSource<v.InferOutput<typeof checkInInput>>()),
  ),
  /** Replaces what, minutes and 心得 of my entry, on the day it was recorded; the old version is kept. */
  'study.correct': action<StudyEntry>()(
    'member',
    v.pipe(correctInput, oneSource<v.InferOutput<typeof correctInput>>()),
  ),
  /**
   * Withdraws my entry, on the day it was recorded (kept in history, no longer shown or counted);
   * answers with the 学习 page on the entry's day.
   */
  'study.withdraw': action<MyStudyMonth>()('member', v.object({ entryId: docId('学习记录') })),
}

export const secretaryStudyActions = {
  /** The 学习资料 page: the branch's reading list; per member a record yes/no and items done. */
  'study.branch': action<BranchStudy>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), month: v.optional(chinaMonthField('月份')) }),
  ),
  /** Adds an item to the branch's own list. */
  'studyItems.add': action<ManagedReadingItem>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), ...itemFields }),
  ),
  /** Edits an item of the branch's own list (not a bureau-wide one). */
  'studyItems.edit': action<ManagedReadingItem>()(
    'secretary',
    v.object({ itemId: docId('学习资料'), changes: itemChanges, reason }),
  ),
  /** Retires an item of the branch's own list: it leaves the list; nothing is deleted. */
  'studyItems.retire': action<{ itemId: string }>()('secretary', v.object({ itemId: docId('学习资料'), reason })),
}

export const adminStudyActions = {
  /** Per branch the share of members with a record in the month; the bureau-wide list. */
  'study.overview': action<BureauStudy>()('admin', v.object({ month: v.optional(chinaMonthField('月份')) })),
  /** Adds an item to the bureau-wide list (every branch sees it). */
  'studyItems.add': action<ManagedReadingItem>()('admin', v.object(itemFields)),
  'studyItems.edit': action<ManagedReadingItem>()(
    'admin',
    v.object({ itemId: docId('学习资料'), changes: itemChanges, reason }),
  ),
  'studyItems.retire': action<{ itemId: string }>()('admin', v.object({ itemId: docId('学习资料'), reason })),
}
