/**
 * The look every ledger sheet shares: a title line, a bold header row frozen with it, column
 * widths that fit Chinese text, dates as real dates of the China calendar, numbers as numbers.
 */
import type { Workbook, Worksheet } from 'exceljs'

export interface Column {
  header: string
  /** Width in characters (a Chinese character is about two). */
  width: number
  /** Excel number format: `0`, `0.00`, `0.0%`, `yyyy-mm-dd`. */
  numFmt?: string
  wrap?: boolean
}

export type Cell = string | number | Date | null

/** A China calendar day as the Excel date of that day (Excel dates have no zone). */
export function excelDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** A percentage (81.3) as the fraction Excel's `0.0%` shows as 81.3%; empty when there is none. */
export function fraction(pct: number | null): number | null {
  return pct === null ? null : Math.round(pct * 10) / 1000
}

export const HEADER_ROW = 2

export function addSheet(book: Workbook, name: string, title: string, columns: Column[], rows: Cell[][]): Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] })
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  const titleRow = sheet.getRow(1)
  titleRow.getCell(1).value = title
  titleRow.font = { bold: true, size: 14 }
  sheet.mergeCells(1, 1, 1, Math.max(1, columns.length))
  const header = sheet.getRow(HEADER_ROW)
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.header))
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  rows.forEach((values, r) => {
    const row = sheet.getRow(HEADER_ROW + 1 + r)
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1)
      cell.value = value
      if (columns[i]?.wrap) cell.alignment = { wrapText: true, vertical: 'top' }
      else cell.alignment = { vertical: 'top' }
    })
  })
  return sheet
}
