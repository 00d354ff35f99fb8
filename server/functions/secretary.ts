/** Cloud function `secretary`: branch work for secretaries and their 支委 (admins too). */
import sdk from 'wx-server-sdk'
import { issueCode, revokeBinding } from '../actions/binding'
import { listBranchMembers } from '../actions/members'
import { createMain } from '../runtime/router'
import type { Cloud } from '../runtime/sdk'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createMain('secretary', cloud, {
  'members.list': listBranchMembers,
  'binding.issue': issueCode,
  'binding.revoke': revokeBinding,
})
