/** Cloud function `member`: what a member (or a not-yet-bound WeChat user) may call. */
import sdk from 'wx-server-sdk'
import * as activity from '../handlers/activity'
import * as appraisal from '../handlers/appraisal'
import * as dues from '../handlers/dues'
import * as home from '../handlers/home'
import * as minutes from '../handlers/minutes'
import * as notify from '../handlers/notify'
import * as org from '../handlers/org'
import * as proxy from '../handlers/proxy'
import * as study from '../handlers/study'
import * as talk from '../handlers/talk'
import * as orglife from '../handlers/orglife'
import * as quiz from '../handlers/quiz'
import { createMain } from '../runtime/router'
import type { Cloud } from '../runtime/sdk'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createMain('member', cloud, {
  ...org.member,
  ...activity.member,
  ...study.member,
  ...dues.member,
  ...home.member,
  ...notify.member,
  ...proxy.member,
  ...minutes.member,
  ...appraisal.member,
  ...talk.member,
  ...orglife.member,
  ...quiz.member,
})
