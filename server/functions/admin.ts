/** Cloud function `admin`: the bureau's party committee office (机关党委). */
import sdk from 'wx-server-sdk'
import * as activity from '../handlers/activity'
import * as appraisal from '../handlers/appraisal'
import * as attendance from '../handlers/attendance'
import * as dues from '../handlers/dues'
import * as notify from '../handlers/notify'
import * as org from '../handlers/org'
import * as study from '../handlers/study'
import * as talk from '../handlers/talk'
import * as orglife from '../handlers/orglife'
import * as develop from '../handlers/develop'
import * as transfer from '../handlers/transfer'
import * as quiz from '../handlers/quiz'
import { createMain } from '../runtime/router'
import type { Cloud } from '../runtime/sdk'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createMain('admin', cloud, {
  ...org.admin,
  ...activity.admin,
  ...study.admin,
  ...dues.admin,
  ...notify.admin,
  ...attendance.admin,
  ...appraisal.admin,
  ...talk.admin,
  ...orglife.admin,
  ...develop.admin,
  ...transfer.admin,
  ...quiz.admin,
})
