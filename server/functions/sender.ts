/**
 * Cloud function `sender`: timer-only (every minute); drains the reminder outbox. WeChat allows
 * one timer trigger per function, so the planners stay in `timer` (every ten minutes) and the
 * sending, which should follow a publish within a minute, has its own function and trigger.
 */
import sdk from 'wx-server-sdk'
import { drainOutbox } from '../actions/notify/sender'
import type { Cloud } from '../runtime/sdk'
import { createTimerMain } from '../runtime/timer'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createTimerMain('sender', cloud, { 'notify.send': (ctx) => drainOutbox(ctx) })
