/** 组织生活会: checklist and 整改清单 (issue 24 part 4). */
import type { adminOrglifeActions, memberOrglifeActions, secretaryOrglifeActions } from '../../core/contract/orglife'
import { planOverdueReminders } from '../actions/orglife/job'
import { getOrglifePage } from '../actions/orglife/page'
import { myItems, orglifeCounts } from '../actions/orglife/read'
import { addItem, closeItem, tickChecklist, updateItem, withdrawItem } from '../actions/orglife/write'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberOrglifeActions> = {
  'orglife.mine': myItems,
}

export const secretary: HandlersFor<'secretary', typeof secretaryOrglifeActions> = {
  'orglife.page': getOrglifePage,
  'orglife.tick': tickChecklist,
  'orglife.addItem': addItem,
  'orglife.updateItem': updateItem,
  'orglife.closeItem': closeItem,
  'orglife.withdrawItem': withdrawItem,
}

export const admin: HandlersFor<'admin', typeof adminOrglifeActions> = {
  'orglife.counts': orglifeCounts,
}

/** Overdue 整改事项: owner and secretary reminded once. */
export const jobs: Record<string, Job> = { 'orglife.overdue': planOverdueReminders }
