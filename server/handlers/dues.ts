/** Dues (issue 6): amounts, monthly bills, payments, arrears, the branch ledger, collection rates. */
import type { adminDuesActions, memberDuesActions, secretaryDuesActions } from '../../core/contract/dues'
import { withPage } from '../actions/dues/answer'
import { confirmAmounts, previewAmounts } from '../actions/dues/amounts-set'
import { branchDues } from '../actions/dues/branch'
import { confirmPayment, recordPayment, rejectPayment } from '../actions/dues/collect'
import { correctPayment } from '../actions/dues/correct'
import { duesBillsJob } from '../actions/dues/job'
import { branchLedger } from '../actions/dues/ledger'
import { memberDues, myDues } from '../actions/dues/member-view'
import { collectionRates } from '../actions/dues/rates'
import { reportPayment } from '../actions/dues/report'
import { setSettings } from '../actions/dues/settings'
import { listAmounts } from '../actions/dues/year-amounts'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberDuesActions> = {
  'dues.my': myDues,
  'dues.report': reportPayment,
}

export const secretary: HandlersFor<'secretary', typeof secretaryDuesActions> = {
  'dues.branch': branchDues,
  'dues.member': memberDues,
  'dues.amounts.list': listAmounts,
  'dues.amounts.preview': previewAmounts,
  'dues.amounts.confirm': confirmAmounts,
  'dues.ledger': branchLedger,
  // Arrows, not calls at load: the timer's bundle leaves the secretary's handlers out.
  'dues.payment.confirm': (input, ctx) => withPage(input, ctx, confirmPayment),
  'dues.payment.reject': (input, ctx) => withPage(input, ctx, rejectPayment),
  'dues.payment.record': (input, ctx) => withPage(input, ctx, recordPayment),
  'dues.payment.correct': (input, ctx) => withPage(input, ctx, correctPayment),
  'dues.settings.set': setSettings,
}

export const admin: HandlersFor<'admin', typeof adminDuesActions> = {
  'dues.collection': collectionRates,
}

export const jobs: Record<string, Job> = { duesBills: duesBillsJob }
