/**
 * Excel exports: built in the function, saved to cloud storage under a path nobody can list
 * or guess, recorded (who exported what) and audited, and opened through a temporary link
 * that only the branch's officers or admins are given.
 */
import type { ExportFile, ExportKind, ExportLink, ExportPage } from '../../../core/contract/attendance'
import { DomainError } from '../../../core/errors'
import { minutesTally } from '../../../core/minutes/ledger'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder } from './branches'
import { bureauAttendance } from './bureau'
import { fillBureauSummary } from './bureau-book'
import { complianceWithActivities } from './compliance'
import { fillBranchLedger } from './ledger-book'
import { ledgerData } from './ledger-data'
import { viewPeriod } from './period'

export const EXPORTS = 'attendanceExports'
const EXPORT_WORDS: Record<ExportKind, string> = {
  branchYear: '支部工作手册台账',
  bureauYear: '出勤汇总',
  transferLetters: '组织关系介绍信登记表',
  partyStats: '党内统计',
  developYear: '发展党员工作情况',
}
/** WeChat's temporary links last two hours unless asked otherwise. */
const LINK_MS = 2 * 3600_000

export interface ExportDoc extends Omit<ExportFile, 'id'> {
  _id: string
  fileID: string
  cloudPath: string
  byId: string | null
  byOpenid: string
}

export async function newBook() {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = '党建助手'
  return book
}

function fileOf(doc: ExportDoc): ExportFile {
  const { _id, kind, branchId, scopeName, year, fileName, sizeBytes, createdAt, byName } = doc
  return { id: _id, kind, branchId, scopeName, year, fileName, sizeBytes, createdAt, byName }
}

async function linkTo(ctx: ActionContext, doc: ExportDoc): Promise<ExportLink> {
  const res = await ctx.cloud.getTempFileURL({ fileList: [doc.fileID] })
  const url = res.fileList[0]?.tempFileURL
  if (!url) throw new DomainError('EXPORT.FILE_GONE')
  return { ...fileOf(doc), fileID: doc.fileID, url, expiresAt: ctx.now() + LINK_MS }
}

export async function save(
  ctx: ActionContext,
  what: { kind: ExportKind; branchId: string | null; scopeName: string; year: number; fileName: string; bytes: Buffer },
): Promise<ExportLink> {
  const id = exportId(ctx)
  const cloudPath = `exports/attendance/${what.branchId ?? 'bureau'}/${what.year}/${id}.xlsx`
  let fileID: string
  try {
    fileID = (await ctx.cloud.uploadFile({ cloudPath, fileContent: what.bytes })).fileID
  } catch (error) {
    console.error(`[attendance] export upload failed in ${ctx.requestId}`, error)
    throw new DomainError('EXPORT.FAILED')
  }
  const doc: ExportDoc = {
    _id: id,
    kind: what.kind,
    branchId: what.branchId,
    scopeName: what.scopeName,
    year: what.year,
    fileName: what.fileName,
    sizeBytes: what.bytes.length,
    createdAt: ctx.now(),
    byName: actorName(ctx),
    byId: ctx.caller.member?._id ?? null,
    byOpenid: ctx.caller.openid,
    fileID,
    cloudPath,
  }
  await addOnce(ctx.db, EXPORTS, doc)
  await auditExport(ctx, doc)
  return linkTo(ctx, doc)
}

/** Unguessable, and the same on a retry of the same tap (request-key.ts). */
const exportId = (ctx: ActionContext): string => keyedId(ctx, 'export', 32)

function auditExport(ctx: ActionContext, doc: ExportDoc): Promise<void> {
  return audit(ctx, {
    kind: 'attendance.export',
    summary: `导出${doc.scopeName}${doc.year}年${EXPORT_WORDS[doc.kind]}（Excel，${Math.ceil(doc.sizeBytes / 1024)} KB）`,
    branchId: doc.branchId,
    targetId: doc._id,
    after: { fileName: doc.fileName, sizeBytes: doc.sizeBytes, cloudPath: doc.cloudPath },
  })
}

/** The export a retry of the same tap wrote already, if any: it is not built twice, and it is audited once. */
export async function earlierExport(ctx: ActionContext): Promise<ExportLink | null> {
  const doc = await findById<ExportDoc>(ctx.db, EXPORTS, exportId(ctx))
  if (!doc) return null
  await auditExport(ctx, doc)
  return linkTo(ctx, doc)
}

/** The ledger workbook of a branch's year, as bytes. */
export async function branchLedgerBytes(ctx: ActionContext, branchId: string, year: number) {
  const data = await ledgerData(ctx, branchId, year)
  const book = await newBook()
  fillBranchLedger(book, data)
  return { data, bytes: Buffer.from(await book.xlsx.writeBuffer()) }
}

export async function exportBranch(
  input: { branchId?: string; year?: number },
  ctx: ActionContext,
): Promise<ExportLink> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const earlier = await earlierExport(ctx)
  if (earlier) return earlier
  const { year } = viewPeriod(ctx, { year: input.year })
  const { data, bytes } = await branchLedgerBytes(ctx, branchId, year)
  const name = data.branch.name
  return save(ctx, {
    kind: 'branchYear',
    branchId,
    scopeName: name,
    year,
    fileName: `${name}${year}年支部工作手册.xlsx`,
    bytes,
  })
}

export async function exportBureau(input: { year?: number }, ctx: ActionContext): Promise<ExportLink> {
  const earlier = await earlierExport(ctx)
  if (earlier) return earlier
  const { year } = viewPeriod(ctx, { year: input.year })
  const [figures, { matrix, activities }] = await Promise.all([
    bureauAttendance({ year }, ctx),
    complianceWithActivities(ctx, { year }),
  ])
  const book = await newBook()
  fillBureauSummary(book, figures, matrix, (branchId) => minutesTally(activities.get(branchId) ?? []))
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return save(ctx, {
    kind: 'bureauYear',
    branchId: null,
    scopeName: '全机关',
    year,
    fileName: `全机关${year}年出勤汇总.xlsx`,
    bytes,
  })
}

export async function exportLink(input: { exportId: string }, ctx: ActionContext): Promise<ExportLink> {
  const doc = await findById<ExportDoc>(ctx.db, EXPORTS, input.exportId)
  if (!doc) throw new DomainError('EXPORT.NOT_FOUND')
  if (doc.branchId === null) {
    if (!ctx.caller.isAdmin) throw new DomainError('AUTH.FORBIDDEN')
  } else scopeBranch(ctx.caller, doc.branchId)
  return linkTo(ctx, doc)
}

export async function exportPage(_input: Record<string, never>, ctx: ActionContext): Promise<ExportPage> {
  const { year } = viewPeriod(ctx, {})
  const [branches, recent] = await Promise.all([
    branchesInOrder(ctx),
    ctx.db.collection(EXPORTS).orderBy('createdAt', 'desc').limit(20).get(),
  ])
  return {
    branches: branches.map((b) => ({ branchId: b.id, name: b.name })),
    years: [year, year - 1, year - 2],
    recent: (recent.data as ExportDoc[]).map(fileOf),
  }
}
