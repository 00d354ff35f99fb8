/**
 * A timer-only cloud function: WeChat fires it from config.json's cron; it runs every
 * domain's jobs in turn. Timers are at-least-once, so every job is idempotent. A failed job
 * fails the invocation (after the others ran) so that WeChat retries it.
 */
import { randomUUID } from 'node:crypto'
import { fail, ok, type Envelope } from '../../core/envelope'
import { errorBody } from '../../core/errors'
import type { Cloud } from './sdk'
import type { InvocationContext, Job, JobContext } from './types'

export function createTimerMain(name: string, cloud: Cloud, jobs: Record<string, Job>) {
  return async function main(
    _event: unknown,
    context?: InvocationContext,
  ): Promise<Envelope<Record<string, Record<string, number>>>> {
    const requestId = context?.request_id || randomUUID()
    if (cloud.getWXContext().SOURCE !== 'wx_trigger') return fail(errorBody('AUTH.TIMER_ONLY'))
    const ctx: JobContext = { db: cloud.database(), cloud, requestId, now: () => Date.now() }
    const done: Record<string, Record<string, number>> = {}
    const failures: string[] = []
    for (const [job, run] of Object.entries(jobs)) {
      try {
        done[job] = await run(ctx)
      } catch (error) {
        console.error(`[${name}] job ${job} failed in ${requestId}`, error)
        failures.push(job)
      }
    }
    if (failures.length > 0) throw new Error(`jobs failed: ${failures.join(', ')}`)
    return ok(done)
  }
}
