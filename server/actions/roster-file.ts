/**
 * Reads a roster as a table of text cells: pasted text, or an uploaded CSV / XLSX file.
 * papaparse and exceljs are loaded here, when a roster is read, never at module scope: the build
 * puts each in its own file so that no other admin call pays for them at a cold start.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { DomainError, type ErrorCode } from '../../core/errors'
import type { ActionContext } from '../runtime/types'

dayjs.extend(utc)

export const MAX_ROWS = 5000

async function parseDelimited(text: string): Promise<string[][]> {
  const Papa = await import('papaparse')
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  return result.data.map((row) => row.map((cell) => String(cell ?? '')))
}

/** Excel in China saves CSV as GBK; fall back to it when the bytes are not UTF-8. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dayjs.utc(value).format('YYYY-MM-DD')
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> }
    if (v.richText) return v.richText.map((r) => r.text).join('')
    if (v.text !== undefined) return cellText(v.text)
    if (v.result !== undefined) return cellText(v.result)
    return ''
  }
  return String(value)
}

async function parseXlsx(bytes: Buffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim())
    rows.push(cells)
  })
  return rows
}

/** The words a table's reader refuses with: 名册导入's, or another import's own. */
export interface TableErrors {
  badFile: ErrorCode
  empty: ErrorCode
  tooMany: ErrorCode
  maxRows: number
}

const ROSTER_TABLE: TableErrors = {
  badFile: 'ROSTER.BAD_FILE',
  empty: 'ROSTER.EMPTY',
  tooMany: 'ROSTER.TOO_MANY_ROWS',
  maxRows: MAX_ROWS,
}

export async function readRosterTable(
  source: { text?: string; fileID?: string },
  ctx: ActionContext,
  errors: TableErrors = ROSTER_TABLE,
): Promise<string[][]> {
  let table: string[][]
  if (source.text !== undefined) {
    table = await parseDelimited(source.text)
  } else {
    let bytes: Buffer
    try {
      bytes = (await ctx.cloud.downloadFile({ fileID: source.fileID as string })).fileContent
    } catch {
      throw new DomainError(errors.badFile, '找不到上传的文件，请重新选择')
    }
    const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50
    try {
      table = isZip ? await parseXlsx(bytes) : await parseDelimited(decodeText(bytes))
    } catch {
      throw new DomainError(errors.badFile)
    }
  }
  if (table.length < 2) throw new DomainError(errors.empty)
  if (table.length - 1 > errors.maxRows) throw new DomainError(errors.tooMany)
  return table
}
