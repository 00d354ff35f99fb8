/** Cloud function `member`: what a member (or a not-yet-bound WeChat user) may call. */
import sdk from 'wx-server-sdk'
import { bind } from '../actions/binding'
import { getProfile } from '../actions/members'
import { whoami } from '../actions/session'
import { createMain } from '../runtime/router'
import type { Cloud } from '../runtime/sdk'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createMain('member', cloud, {
  'session.whoami': whoami,
  'binding.bind': bind,
  'profile.get': getProfile,
})
