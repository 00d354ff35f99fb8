/** 党员发展: from the application to 转正 (issue 25). */
import type { adminDevelopActions, secretaryDevelopActions } from '../../core/contract/develop'
import { developBureau, exportDevelop } from '../actions/develop/bureau'
import { planDevelopReminders } from '../actions/develop/job'
import { getPerson, getPipeline } from '../actions/develop/page'
import { recordStep } from '../actions/develop/step'
import { addPerson, archivePerson, extendProbation, tickDoc } from '../actions/develop/write'
import type { HandlersFor, Job } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryDevelopActions> = {
  'develop.pipeline': getPipeline,
  'develop.person': getPerson,
  'develop.add': addPerson,
  'develop.record': recordStep,
  'develop.tick': tickDoc,
  'develop.extend': extendProbation,
  'develop.archive': archivePerson,
}

export const admin: HandlersFor<'admin', typeof adminDevelopActions> = {
  'develop.bureau': developBureau,
  'develop.export': exportDevelop,
}

/** Deadlines: the secretary (and for approvals the office) reminded once each. */
export const jobs: Record<string, Job> = { 'develop.deadlines': planDevelopReminders }
