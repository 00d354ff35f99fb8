/** Cloud function `secretary`: branch work for secretaries and their 支委 (admins too). */
import sdk from 'wx-server-sdk'
import * as activity from '../handlers/activity'
import * as appraisal from '../handlers/appraisal'
import * as attendance from '../handlers/attendance'
import * as dues from '../handlers/dues'
import * as notify from '../handlers/notify'
import * as minutes from '../handlers/minutes'
import * as org from '../handlers/org'
import * as proxy from '../handlers/proxy'
import * as overview from '../handlers/overview'
import * as vote from '../handlers/vote'
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

export const main = createMain('secretary', cloud, {
  ...org.secretary,
  ...activity.secretary,
  ...study.secretary,
  ...dues.secretary,
  ...overview.secretary,
  ...notify.secretary,
  ...proxy.secretary,
  ...attendance.secretary,
  ...minutes.secretary,
  ...appraisal.secretary,
  ...vote.secretary,
  ...talk.secretary,
  ...orglife.secretary,
  ...develop.secretary,
  ...transfer.secretary,
  ...quiz.secretary,
})
