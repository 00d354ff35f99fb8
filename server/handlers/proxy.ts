/** 代为记录: recording on behalf of an elderly member (issue 12). */
import type { memberProxyActions, secretaryProxyActions } from '../../core/contract/proxy'
import { branchLinks } from '../actions/proxy/branch-links'
import { grantLink } from '../actions/proxy/grant-link'
import { withdrawLink } from '../actions/proxy/withdraw-link'
import { myProxyLinks, proxyActivity, proxyMemberPage } from '../actions/proxy/mine'
import { proxyCheckIn, proxyMakeup, proxySignIn } from '../actions/proxy/record'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberProxyActions> = {
  'proxy.mine': myProxyLinks,
  'proxy.member': proxyMemberPage,
  'proxy.activity': proxyActivity,
  'proxy.signIn': proxySignIn,
  'proxy.checkIn': proxyCheckIn,
  'proxy.makeup': proxyMakeup,
}

export const secretary: HandlersFor<'secretary', typeof secretaryProxyActions> = {
  'proxy.links': branchLinks,
  'proxy.grant': grantLink,
  'proxy.withdraw': withdrawLink,
}

export const jobs: Record<string, Job> = {}
