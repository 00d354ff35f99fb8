/**
 * The secretary's 组织生活会 page: the checklist (会前谈心谈话: coverage in the run-up to the meeting
 * read from the talks, 征求意见 and 对照检查材料 as ticked, the notice's days ahead from the activity) and
 * the 整改清单, each item with how it stands today in China time.
 */
import { ACTIVITY_STATUS_LABELS } from '../../../core/activity/types'
import type { ChecklistLine, OrglifePage, RectifyItemView } from '../../../core/contract/orglife'
import { chinaDate, formatChinaDateTime, dayWords } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { ORGLIFE_CHECK_LABELS, ORGLIFE_RULE_SOURCE, RECTIFY_STATE_LABELS } from '../../../core/orglife/labels'
import {
  countItems,
  dueWords,
  isOpen,
  isOverdue,
  meetingYear,
  noticeCheck,
  runUpTalkCheck,
} from '../../../core/orglife/rules'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf, officerActivity } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import type { OrglifeChecklistDoc, RectifyItemDoc } from './model'
import { lifeMeetingsOf, runUpCoverage } from './talks'

/** A 组织生活会 of the caller's branch; anything else is refused before anything is written. */
export async function lifeMeeting(ctx: ActionContext, activityId: string): Promise<ActivityDoc> {
  const activity = await officerActivity(ctx, activityId)
  if (activity.type !== 'lifeMeeting') throw new DomainError('ORGLIFE.NOT_LIFE_MEETING')
  return activity
}

export function meetingWords(activity: Pick<ActivityDoc, 'title' | 'date'>): string {
  return `${activity.title}（${dayWords(activity.date)}）`
}

export function itemView(doc: RectifyItemDoc, meeting: string, today: string): RectifyItemView {
  return {
    id: doc._id,
    activityId: doc.activityId,
    meeting,
    text: doc.text,
    ownerId: doc.ownerId,
    ownerName: doc.ownerName,
    dueOn: doc.dueOn,
    dueWords: dueWords(doc, today),
    state: doc.state,
    stateLabel: RECTIFY_STATE_LABELS[doc.state],
    overdue: isOverdue(doc, today),
    note: doc.note,
    closedAt: doc.closedAt,
    closedByName: doc.closedByName,
    open: isOpen(doc.state),
  }
}

/** Open first (overdue leading, soonest due first), then closed and withdrawn, each by due day. */
function itemOrder(a: RectifyItemView, b: RectifyItemView): number {
  const rank = (i: RectifyItemView) => (i.overdue ? 0 : i.open ? 1 : i.state === 'done' ? 2 : 3)
  return rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id)
}

export function sortItems(items: RectifyItemView[]): RectifyItemView[] {
  return [...items].sort(itemOrder)
}

export function emptyChecklist(
  activity: ActivityDoc,
): Omit<OrglifeChecklistDoc, '_id' | 'updatedAt' | 'updatedById' | 'updatedByName'> {
  return {
    activityId: activity._id,
    branchId: activity.branchId,
    opinions: { done: false, date: null, note: '' },
    materials: { done: false },
  }
}

export async function orglifePage(ctx: ActionContext, activity: ActivityDoc): Promise<OrglifePage> {
  const year = meetingYear(activity.title, activity.date)
  const today = chinaDate(ctx.now())
  const [branch, saved, docs, meetings] = await Promise.all([
    branchOf(ctx, activity.branchId),
    findById<OrglifeChecklistDoc>(ctx.db, 'orglifeChecklists', activity._id),
    findAll<RectifyItemDoc>(ctx.db, 'rectifyItems', { activityId: activity._id }),
    lifeMeetingsOf(ctx, activity.branchId),
  ])
  const checklist = saved ?? emptyChecklist(activity)
  const coverage = await runUpCoverage(ctx, activity, meetings)
  const people = coverage.members
  const talks = runUpTalkCheck(coverage.figures, coverage.window)
  const notice = noticeCheck(activity.publishedAt, activity.startAt)
  const opinions = checklist.opinions
  const lines: ChecklistLine[] = [
    {
      key: 'talks',
      label: ORGLIFE_CHECK_LABELS.talks,
      done: talks.done,
      words: talks.words,
      tickable: false,
    },
    {
      key: 'opinions',
      label: ORGLIFE_CHECK_LABELS.opinions,
      done: opinions.done,
      words: opinions.done
        ? `${opinions.date ? dayWords(opinions.date) : ''}已征求意见${opinions.note ? `：${opinions.note}` : ''}`
        : '尚未征求意见',
      tickable: true,
    },
    { key: 'notice', label: ORGLIFE_CHECK_LABELS.notice, done: notice.done, words: notice.words, tickable: false },
    {
      key: 'materials',
      label: ORGLIFE_CHECK_LABELS.materials,
      done: checklist.materials.done,
      words: checklist.materials.done ? '对照检查材料已准备' : '对照检查材料尚未准备',
      tickable: true,
    },
  ]
  const meeting = meetingWords(activity)
  const items = sortItems(docs.map((d) => itemView(d, meeting, today)))
  return {
    activity: {
      id: activity._id,
      title: activity.title,
      branchId: activity.branchId,
      branchName: branch.name,
      date: activity.date,
      when: formatChinaDateTime(activity.startAt),
      statusLabel: ACTIVITY_STATUS_LABELS[activity.status],
      year,
    },
    meetings: meetings.slice(0, 5).map((m) => ({ id: m._id, label: meetingWords(m) })),
    today,
    source: ORGLIFE_RULE_SOURCE,
    checklist: lines,
    opinions: { ...opinions },
    people: people.map((p) => ({ id: p._id, name: p.name })),
    items,
    figures: countItems(docs, today),
  }
}

export async function getOrglifePage(
  input: { activityId?: string; branchId?: string },
  ctx: ActionContext,
): Promise<OrglifePage> {
  if (input.activityId) return orglifePage(ctx, await lifeMeeting(ctx, input.activityId))
  const meetings = await lifeMeetingsOf(ctx, scopeBranch(ctx.caller, input.branchId))
  const now = ctx.now()
  const next = meetings.filter((m) => m.endAt >= now).at(-1)
  const chosen = next ?? meetings[0]
  if (!chosen) throw new DomainError('ORGLIFE.NO_MEETING')
  return orglifePage(ctx, chosen)
}
