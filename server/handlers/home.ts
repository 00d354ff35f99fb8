/** 首页, assembled from every domain. */
import type { memberHomeActions } from '../../core/contract/home'
import { memberHome } from '../actions/home'
import type { HandlersFor } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberHomeActions> = {
  'home.get': memberHome,
}
