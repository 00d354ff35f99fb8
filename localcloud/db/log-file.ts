/**
 * One collection's file: an append-only log of JSON lines in nedb's own datafile format (a row
 * per line, a later line replacing an earlier one with the same `_id`, `$$deleted` for a removal),
 * so earlier data folders still load. A commit appends all its rows in one write, where nedb
 * would write each document on its own; a torn last line (a crash mid-append, never acknowledged)
 * is cut off on open, so that the next append starts a line of its own; compaction rewrites the live rows to a new file and renames it into place.
 */
import { appendFile, readFile, rename, rm, truncate, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'

export interface Row {
  _id: string
  seq: number
  doc: string
}

export type Line = Row | { _id: string; $$deleted: true }

export class LogFile {
  private lines = 0

  private constructor(private readonly path: string) {}

  /** Opens (or creates) the file and replays it; returns the live rows by id. */
  static async open(path: string): Promise<{ file: LogFile; rows: Map<string, Row> }> {
    const file = new LogFile(path)
    const rows = new Map<string, Row>()
    let text = existsSync(path) ? await readFile(path, 'utf8') : ''
    if (text !== '' && !text.endsWith('\n')) {
      // A kill -9 in the middle of an append: the commit was never acknowledged. Left in place,
      // the next append would run on from it and the two would be one unreadable line.
      text = text.slice(0, text.lastIndexOf('\n') + 1)
      await truncate(path, Buffer.byteLength(text))
      console.warn(`[localcloud] cut an interrupted write off the end of ${path}`)
    }
    for (const raw of text.split('\n')) {
      if (raw === '') continue
      let line: { _id?: unknown; seq?: unknown; doc?: unknown; $$deleted?: unknown }
      try {
        line = JSON.parse(raw) as typeof line
      } catch {
        console.warn(`[localcloud] skipped an unreadable line in ${path} (an interrupted write)`)
        continue
      }
      if (typeof line._id !== 'string') continue
      file.lines++
      if (line.$$deleted) rows.delete(line._id)
      else if (typeof line.doc === 'string' && typeof line.seq === 'number') {
        rows.set(line._id, { _id: line._id, seq: line.seq, doc: line.doc })
      }
    }
    if (!existsSync(path)) await writeFile(path, '')
    return { file, rows }
  }

  /** Appends rows (or removals) in one write; resolves once the operating system has them. */
  async append(lines: Line[]): Promise<void> {
    if (lines.length === 0) return
    await appendFile(this.path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''))
    this.lines += lines.length
  }

  /** How many lines the file holds, superseded ones included. */
  get length(): number {
    return this.lines
  }

  /** Rewrites the file with only the live rows (a new file renamed over the old, never half-written). */
  async compact(rows: Iterable<Row>): Promise<void> {
    const live = [...rows]
    const temp = `${this.path}.compacting`
    await writeFile(temp, live.map((r) => `${JSON.stringify(r)}\n`).join(''))
    await rename(temp, this.path)
    this.lines = live.length
  }

  async drop(): Promise<void> {
    await rm(this.path, { force: true })
    this.lines = 0
  }
}
