/**
 * The demo people and records the weapp journeys act with, found in the cloud's identities and
 * export, and the secretary's live code as the live page shows it.
 */
import { exportStore, identities, type Identity } from './cloud'
import { WeappHost } from './host'

export const FIRST_BRANCH = 'org-b1'
/**
 * The 主题党日 of 机关第一党支部, under way at the run's "now" (demo/activity.ts places it in office
 * hours; tests/weapp/cloud.ts moves the clock into it when TEST_NOW is not).
 */
export const TODAY_ACTIVITY = `${FIRST_BRANCH}_demo_today`

export interface Person extends Identity {
  memberId: string
}

/** Bound people of a branch, by role (`member`, or `secretary` with duty 书记), from the store. */
export async function peopleOf(url: string, branchId: string): Promise<{ secretary: Person; members: Person[] }> {
  const [people, store] = await Promise.all([identities(url), exportStore(url)])
  const byOpenid = new Map(people.map((p) => [p.openid, p]))
  const inBranch = store.members
    .filter((m) => m.branchId === branchId && m.status === 'active' && typeof m.openid === 'string')
    .map((m) => ({ ...byOpenid.get(String(m.openid))!, memberId: String(m._id) }))
    .filter((p) => p.openid)
  const secretary = inBranch.find((p) => p.role === 'secretary' && p.duty === '书记')
  if (!secretary) throw new Error(`no 书记 in ${branchId}`)
  return { secretary, members: inBranch.filter((p) => p.role === 'member') }
}

/** The code the secretary's 活动现场 shows now for `activityId`, read off the screen. */
export async function liveCode(url: string, secretary: Person, activityId: string): Promise<string> {
  const { host, page } = await WeappHost.launch(
    `packageSecretary/pages/live/index?id=${encodeURIComponent(activityId)}`,
    {
      cloudUrl: url,
      openid: secretary.openid,
    },
  )
  try {
    await page.waitFor('签到码')
    const code = /签到码\n(\d{6})\n/.exec(page.text())?.[1]
    if (!code) throw new Error(`no code on the live page:\n${page.text()}`)
    if (host.errors.length) throw new Error(`the live page failed: ${JSON.stringify(host.errors)}`)
    return code
  } finally {
    host.close()
  }
}
