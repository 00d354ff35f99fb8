/** Cloud function `admin`: the bureau's party committee office (机关党委). */
import sdk from 'wx-server-sdk'
import { listAudit } from '../actions/audit-list'
import { markLeft, moveMember, updateMember } from '../actions/member-admin'
import { createOrg, orgTree, renameOrg } from '../actions/org'
import { importRoster, previewRoster } from '../actions/roster'
import { createMain } from '../runtime/router'
import type { Cloud } from '../runtime/sdk'

const cloud = sdk as unknown as Cloud
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export const main = createMain('admin', cloud, {
  'org.tree': orgTree,
  'org.create': createOrg,
  'org.rename': renameOrg,
  'roster.preview': previewRoster,
  'roster.import': importRoster,
  'member.update': updateMember,
  'member.move': moveMember,
  'member.markLeft': markLeft,
  'audit.list': listAudit,
})
