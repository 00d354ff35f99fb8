/**
 * Where the hub's 调到下次活动开始后10分钟 moves the cloud's clock: ten minutes into the next
 * activity of 机关第一党支部 (the demo's live 主题党日, demo/activity.ts), so that a demo started at
 * night, on a weekend or a holiday still shows sign-in at one tap; `now` itself while one is
 * under way (nothing to move: `npm run dev` says nothing then). Another branch's next activity
 * when the first has none ahead.
 */
import { formatChinaClock } from '../core/dates'
import type { ActivityDoc } from '../server/actions/activity/model'
import type { Database } from '../localcloud/db'
import { DEMO_BRANCHES } from './index'

const INTO = 10 * 60_000

export async function nextMoment(db: Database, now: number): Promise<{ at: number; what: string } | null> {
  const published = (await db.find('activities', { status: 'published' })) as unknown as ActivityDoc[]
  const ahead = published.filter((a) => a.endAt > now).sort((a, b) => a.startAt - b.startAt)
  const next = ahead.find((a) => a.branchId === 'org-b1') ?? ahead[0]
  if (!next) return null
  const branch = DEMO_BRANCHES.find((b) => b.id === next.branchId)?.name ?? ''
  return {
    at: Math.max(now, next.startAt + INTO),
    what: `${branch}「${next.title}」（${formatChinaClock(next.startAt)}–${formatChinaClock(next.endAt)}）正在进行，可以去签到了`,
  }
}
