/** 支部概览, assembled from every domain. */
import type { secretaryOverviewActions } from '../../core/contract/overview'
import { branchOverview } from '../actions/overview'
import type { HandlersFor } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryOverviewActions> = {
  'overview.branch': branchOverview,
}
