/** Object mothers for notify tests: notices published through the real actions. */
import type { LocalCloud } from '../../localcloud/server'
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { demoOpenid } from '../../demo/identities'
import { actor, asAdmin, asSecretary, WORLD } from './cloud'

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

/**
 * A notice that 提醒未读 can send: member A2, one of its readers, has a notice reminder granted in
 * WeChat (the cloud refuses a reminder nobody could receive).
 */
export async function aRemindableNotice(cloud: LocalCloud, bureau = false): Promise<string> {
  const id = bureau ? await aBureauNotice(cloud) : await aBranchNotice(cloud)
  cloud.platform.grantSubscription(demoOpenid(WORLD.memberA2), SUBSCRIBE_TEMPLATES.notice.id)
  await actor(cloud, demoOpenid(WORLD.memberA2)).ok('member', 'subscribe.record', {
    moment: 'settings',
    results: { notice: 'accept' },
  })
  return id
}
