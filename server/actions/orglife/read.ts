/** The office's counts of 整改事项 per branch, and a member's own items. */
import type { MyRectifyItems, OrglifeCounts } from '../../../core/contract/orglife'
import { chinaDate, chinaInstant, dayWords } from '../../../core/dates'
import { countItems } from '../../../core/orglife/rules'
import { chinaYear } from '../../../core/talk/coverage'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from '../activity/model'
import { branchesInOrder } from '../attendance/branches'
import type { RectifyItemDoc } from './model'
import { itemView, meetingWords, sortItems } from './page'

async function meetingsById(ctx: ActionContext, ids: string[]): Promise<Map<string, ActivityDoc>> {
  if (ids.length === 0) return new Map()
  const found = await findAll<ActivityDoc>(ctx.db, 'activities', { _id: ctx.db.command.in(ids) })
  return new Map(found.map((a) => [a._id, a]))
}

export async function orglifeCounts(_input: object, ctx: ActionContext): Promise<OrglifeCounts> {
  const _ = ctx.db.command
  const today = chinaDate(ctx.now())
  const year = chinaYear(ctx.now())
  const [branches, items, meetings] = await Promise.all([
    branchesInOrder(ctx),
    findAll<RectifyItemDoc>(ctx.db, 'rectifyItems', { state: _.in(['notStarted', 'inProgress', 'done']) }),
    findAll<ActivityDoc>(ctx.db, 'activities', {
      status: _.in(['planned', 'published', 'closed']),
      startAt: _.and([_.gte(chinaInstant(`${year}-01-01 00:00`)), _.lt(chinaInstant(`${year + 1}-01-01 00:00`))]),
      type: 'lifeMeeting',
    }),
  ])
  const rows = branches.map((b) => {
    const own = items.filter((i) => i.branchId === b.id)
    const c = countItems(own, today)
    const latest = [...own].sort((x, y) => y.createdAt - x.createdAt)[0]
    const meeting = meetings.filter((m) => m.branchId === b.id).sort((x, y) => x.startAt - y.startAt)[0]
    return {
      branchId: b.id,
      name: b.name,
      meeting: meeting ? `本年度组织生活会：${dayWords(meeting.date)}` : '本年度尚未安排组织生活会',
      activityId: latest?.activityId ?? null,
      total: c.total,
      open: c.open,
      overdue: c.overdue,
      done: c.done,
    }
  })
  const sum = (k: 'total' | 'open' | 'overdue' | 'done') => rows.reduce((s, r) => s + r[k], 0)
  return {
    today,
    branches: rows,
    total: { total: sum('total'), open: sum('open'), overdue: sum('overdue'), done: sum('done') },
  }
}

export async function myItems(_input: object, ctx: ActionContext): Promise<MyRectifyItems> {
  const me = ctx.caller.member as MemberDoc
  const today = chinaDate(ctx.now())
  const _ = ctx.db.command
  const docs = await findAll<RectifyItemDoc>(ctx.db, 'rectifyItems', {
    ownerId: me._id,
    state: _.in(['notStarted', 'inProgress', 'done']),
  })
  const meetings = await meetingsById(ctx, [...new Set(docs.map((d) => d.activityId))])
  const items = docs.map((d) => {
    const m = meetings.get(d.activityId)
    return itemView(d, m ? meetingWords(m) : '组织生活会', today)
  })
  return { today, items: sortItems(items) }
}
