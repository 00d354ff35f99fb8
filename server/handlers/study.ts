/** Study: reading lists and 学习打卡 (issue 5). */
import type { adminStudyActions, memberStudyActions, secretaryStudyActions } from '../../core/contract/study'
import { branchStudy } from '../actions/study/branch-study'
import { bureauStudy } from '../actions/study/bureau-study'
import { checkIn } from '../actions/study/check-in'
import { correctEntry, withdrawEntry } from '../actions/study/correct'
import {
  addBranchItem,
  addBureauItem,
  editBranchItem,
  editBureauItem,
  retireBranchItem,
  retireBureauItem,
} from '../actions/study/items'
import { myStudyDay, myStudyMonth } from '../actions/study/my-month'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberStudyActions> = {
  'study.month': myStudyMonth,
  'study.day': myStudyDay,
  'study.checkIn': checkIn,
  'study.correct': correctEntry,
  'study.withdraw': withdrawEntry,
}

export const secretary: HandlersFor<'secretary', typeof secretaryStudyActions> = {
  'study.branch': branchStudy,
  'studyItems.add': addBranchItem,
  'studyItems.edit': editBranchItem,
  'studyItems.retire': retireBranchItem,
}

export const admin: HandlersFor<'admin', typeof adminStudyActions> = {
  'study.overview': bureauStudy,
  'studyItems.add': addBureauItem,
  'studyItems.edit': editBureauItem,
  'studyItems.retire': retireBureauItem,
}

export const jobs: Record<string, Job> = {}
