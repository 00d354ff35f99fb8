/**
 * Timer triggers. WeChat fires each function's one timer from its config.json cron
 * (seven fields: second minute hour day month weekday year, China time). Here they can run
 * on the real clock, and tests and the admin hub fire them on demand, as WeChat would,
 * with SOURCE `wx_trigger` and no OPENID.
 */
import { Cron } from 'croner'
import type { FunctionPool, InvokeOutcome } from './workers'

/** WeChat's seven-field cron as a six-field one (the year field must be `*`). */
export function toSixFieldCron(wechatCron: string): string {
  const fields = wechatCron.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`timer cron must have 7 fields: "${wechatCron}"`)
  if (fields[6] !== '*') throw new Error(`only "*" is supported for the year field: "${wechatCron}"`)
  return fields.slice(0, 6).join(' ')
}

export function timerTrigger(pool: FunctionPool): { name: string; config: string } | null {
  const trigger = pool.config.triggers?.find((t) => t.type === 'timer')
  return trigger ? { name: trigger.name, config: trigger.config } : null
}

export function fireTimer(pool: FunctionPool, now: number): Promise<InvokeOutcome> {
  const trigger = timerTrigger(pool)
  const event = { Type: 'Timer', TriggerName: trigger?.name ?? 'manual', Time: new Date(now).toISOString() }
  return pool.invoke(event, { source: 'wx_trigger' })
}

/** Schedules every function's timer on the real clock; returns a stop function. */
export function scheduleTimers(pools: Iterable<FunctionPool>, now: () => number): () => void {
  const jobs: Cron[] = []
  for (const pool of pools) {
    const trigger = timerTrigger(pool)
    if (!trigger) continue
    jobs.push(
      new Cron(toSixFieldCron(trigger.config), { timezone: 'Asia/Shanghai', protect: true }, async () => {
        const outcome = await fireTimer(pool, now())
        if (outcome.kind === 'error') console.error(`[localcloud] timer ${pool.name}: ${outcome.errMsg}`)
      }),
    )
  }
  return () => jobs.forEach((job) => job.stop())
}
