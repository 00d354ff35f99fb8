import type { MemberDoc, OrgDoc } from '../server/model'

/** The demo bureau's organisation and roster, handed to each domain's seeder. */
export interface DemoWorld {
  orgs: OrgDoc[]
  members: MemberDoc[]
}

/**
 * Whether the member could have done something in the app at `at`: bound to WeChat by then. The
 * demo's people do nothing themselves before they bound (an unbound member's payment is taken
 * in person, a leave asked in person is not in the app, a 心得 stays unwritten).
 */
export function actsAt(member: MemberDoc, at: number): boolean {
  return member.openid !== null && member.boundAt !== null && member.boundAt <= at
}
