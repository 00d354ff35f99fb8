/** Object mothers for notify tests: notices published through the real actions. */
import type { LocalCloud } from '../../localcloud/server'
import { asAdmin, asSecretary, WORLD } from './cloud'

/**
 * Branch A's secretary publishes a notice to the whole branch (herself left out); returns its id.
 * `authorCopy` gives her a copy too, as notices published before authors were left out did.
 */
export async function aBranchNotice(
  cloud: LocalCloud,
  overrides: { needReceipt?: boolean; title?: string; authorCopy?: boolean } = {},
) {
  const view = await asSecretary(cloud, 'A').ok('secretary', 'notice.publish', {
    title: overrides.title ?? '关于开展主题党日活动的通知',
    body: '请各位党员于本周五下午三点到三楼会议室参加主题党日活动。',
    needReceipt: overrides.needReceipt ?? false,
  })
  if (overrides.authorCopy) {
    const [copy] = await cloud.database.find('noticeInbox', { noticeId: view.id, memberId: WORLD.memberA1 })
    await cloud.database.insertRaw('noticeInbox', [
      { ...copy, _id: `${view.id}_${WORLD.secretaryA}`, memberId: WORLD.secretaryA },
    ])
    const [notice] = await cloud.database.find('notices', { _id: view.id })
    await cloud.database.insertRaw('notices', [{ ...notice, recipientCount: Number(notice.recipientCount) + 1 }])
  }
  return view.id
}

/** The party office publishes a notice to the whole bureau; returns its id. */
export async function aBureauNotice(cloud: LocalCloud) {
  const view = await asAdmin(cloud).ok('admin', 'notice.publish', {
    title: '关于做好年度党费收缴工作的通知',
    body: '请各支部于本月底前完成党费收缴和台账核对。',
  })
  return view.id
}
