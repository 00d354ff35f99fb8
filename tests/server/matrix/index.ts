/**
 * The role × action matrix as data: for every action of every cloud function, who may call it
 * and a valid input aimed at branch A. matrix.test.ts proves the access rules with it; the abuse
 * tests (tests/server/abuse-*) start their generated payloads and audit checks from its inputs.
 */
import type { ActionName, FunctionName } from '../../../core/contract'
import type { LocalCloud } from '../../../localcloud/server'
import { asAdmin, asMember, asSecretary, asStranger, WORLD, type Actor } from '../../helpers/cloud'
import * as activity from './activity'
import * as appraisal from './appraisal'
import * as attendance from './attendance'
import * as dues from './dues'
import * as home from './home'
import * as minutes from './minutes'
import * as notify from './notify'
import * as org from './org'
import * as overview from './overview'
import * as proxy from './proxy'
import * as study from './study'
import * as vote from './vote'
import * as talk from './talk'
import * as orglife from './orglife'
import * as develop from './develop'
import * as transfer from './transfer'
import * as quiz from './quiz'
import type { Cell, Who } from './types'

export type Matrix = { [F in FunctionName]: { [A in ActionName<F>]: Cell<F, A> } }

export const MATRIX: Matrix = {
  member: {
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
  },
  secretary: {
    ...org.secretary,
    ...activity.secretary,
    ...study.secretary,
    ...dues.secretary,
    ...overview.secretary,
    ...notify.secretary,
    ...attendance.secretary,
    ...proxy.secretary,
    ...minutes.secretary,
    ...vote.secretary,
    ...appraisal.secretary,
    ...talk.secretary,
    ...orglife.secretary,
    ...develop.secretary,
    ...transfer.secretary,
    ...quiz.secretary,
  },
  admin: {
    ...org.admin,
    ...activity.admin,
    ...study.admin,
    ...dues.admin,
    ...notify.admin,
    ...attendance.admin,
    ...appraisal.admin,
    ...talk.admin,
    ...orglife.admin,
    ...develop.admin,
    ...transfer.admin,
    ...quiz.admin,
  },
}

/** A cell without its action's exact types, for walking the whole matrix. */
export type AnyCell = Cell<FunctionName, never>

export function cellOf(fn: FunctionName, action: string): AnyCell {
  return (MATRIX[fn] as Record<string, AnyCell>)[action]
}

export function actorFor(cloud: LocalCloud, who: Who): Actor {
  switch (who) {
    case 'stranger':
      return asStranger(cloud)
    case 'member':
      return asMember(cloud, WORLD.memberA1)
    case 'otherSecretary':
      return asSecretary(cloud, 'B')
    case 'secretary':
      return asSecretary(cloud, 'A')
    case 'admin':
      return asAdmin(cloud)
  }
}
