/**
 * Jobs that should run once per period (a branch's collection day, a day's 政治生日) on a timer
 * that ticks every few minutes and may fire twice: the first tick claims `${job}:${period}`; a
 * claim left `running` by a crashed run is taken over after five minutes. The work itself is
 * idempotent (outbox ids), so a takeover never doubles a push.
 */
import type { Db } from '../../../runtime/types'
import { isDuplicateKey } from '../../activity/records'
import type { JobRunDoc } from '../model'

const TAKE_OVER_AFTER = 5 * 60_000

async function claim(db: Db, id: string, now: number): Promise<boolean> {
  const doc: JobRunDoc = { _id: id, status: 'running', startedAt: now, doneAt: null, count: 0 }
  try {
    await db.collection('jobRuns').add({ data: doc as unknown as Record<string, unknown> })
    return true
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
  }
  const res = await db
    .collection('jobRuns')
    .where({ _id: id, status: 'running', startedAt: db.command.lt(now - TAKE_OVER_AFTER) })
    .update({ data: { startedAt: now } })
  return res.stats.updated === 1
}

/** Runs `work` unless this period's run already happened (or is happening); returns its count, or 0. */
export async function oncePer(db: Db, id: string, now: number, work: () => Promise<number>): Promise<number> {
  if (!(await claim(db, id, now))) return 0
  const count = await work()
  await db
    .collection('jobRuns')
    .doc(id)
    .update({ data: { status: 'done', doneAt: now, count } })
  return count
}
