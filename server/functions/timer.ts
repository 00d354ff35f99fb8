/** Cloud function `timer`: timer-only; runs every domain's idempotent jobs. */
import sdk from 'wx-server-sdk'
import * as activity from '../handlers/activity'
import * as appraisal from '../handlers/appraisal'
import * as dues from '../handlers/dues'
import * as notify from '../handlers/notify'
import * as org from '../handlers/org'
import * as study from '../handlers/study'
import * as orglife from '../handlers/orglife'
import * as develop from '../handlers/develop'
import * as transfer from '../handlers/transfer'
import type { Cloud } from '../runtime/sdk'
import { createTimerMain } from '../runtime/timer'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createTimerMain('timer', cloud, {
  ...org.jobs,
  ...activity.jobs,
  ...study.jobs,
  ...dues.jobs,
  ...notify.jobs,
  ...appraisal.jobs,
  ...orglife.jobs,
  ...develop.jobs,
  ...transfer.jobs,
})
