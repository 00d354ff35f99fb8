import type { MemberDoc, OrgDoc } from '../server/model'

/** The demo bureau's organisation and roster, handed to each domain's seeder. */
export interface DemoWorld {
  orgs: OrgDoc[]
  members: MemberDoc[]
}
