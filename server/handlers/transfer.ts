/** 组织关系转接, 外出, 失去联系 and 党内统计 (issue 26). */
import type { adminTransferActions, secretaryTransferActions } from '../../core/contract/transfer'
import { planReceiptReminders } from '../actions/transfer/job'
import { exportLetters, getOfficePage, issueLetter, letterView, saveSettings } from '../actions/transfer/office'
import { getTransferPage } from '../actions/transfer/page'
import { exportStats, getPartyStats } from '../actions/transfer/stats'
import { getTouchPage, recordContact } from '../actions/transfer/touch'
import { addAbsence, endAbsence } from '../actions/transfer/absence'
import { cancelTransfer, recordArrival, recordReceipt, startTransfer } from '../actions/transfer/write'
import type { HandlersFor, Job } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryTransferActions> = {
  'transfer.page': getTransferPage,
  'transfer.start': startTransfer,
  'transfer.cancel': cancelTransfer,
  'transfer.receipt': recordReceipt,
  'transfer.letter': letterView,
  'transfer.arrive': recordArrival,
  'absence.add': addAbsence,
  'absence.end': endAbsence,
  'touch.page': getTouchPage,
  'touch.record': recordContact,
}

export const admin: HandlersFor<'admin', typeof adminTransferActions> = {
  'transfer.office': getOfficePage,
  'transfer.issue': issueLetter,
  'transfer.setting': saveSettings,
  'transfer.export': exportLetters,
  'stats.year': getPartyStats,
  'stats.export': exportStats,
}

/** A 介绍信 about to lapse without its 回执: the secretary reminded once. */
export const jobs: Record<string, Job> = { 'transfer.receipt': planReceiptReminders }
