/**
 * The local cloud's store on disk: a `where().update` that changes 3,000 documents (what a timer
 * does to a branch's bills or a sender to its claimed pushes), as wx-server-sdk sends it, beside the
 * store as it was before, which wrote each document of a commit on its own: the same update with
 * the same documents committed one document per commit. Below, the store alone: 3,000 documents in
 * one commit and one per commit. Median of 3 runs each; nothing here passes or fails.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Clock } from '../../localcloud/clock'
import { openDatabase, type Database } from '../../localcloud/db'
import { Store, type Write } from '../../localcloud/db/store'
import type { Now } from '../../localcloud/db/ejson'
import { record } from '../figures'
import { median, ms, table } from '../stats'

export const STORE_DOCS = 3000
const RUNS = 3

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** The request wx-server-sdk 4.0.2 sends for `collection('bench').where({ batch: 'b' }).update({ data: { n } })`. */
function whereUpdate(db: Database, n: number): Promise<unknown> {
  return db.handle({
    action: 'database.modifyDocument',
    params: {
      collectionName: 'bench',
      queryType: 'WHERE',
      query: JSON.stringify({ batch: 'b' }),
      data: JSON.stringify({ $set: { n } }),
      multi: true,
      merge: true,
      upsert: false,
    },
    files: {},
    query: new URLSearchParams(),
  })
}

function writes(collection: string, n: number): Write[] {
  return Array.from({ length: STORE_DOCS }, (_, i) => ({
    collection,
    id: `d-${i}`,
    doc: { _id: `d-${i}`, batch: 'b', n, title: `第${i}份账单`, fen: 9000 },
  }))
}

export interface StoreFigures {
  /** The store alone. */
  onePerCommitMs: number
  oneCommitMs: number
  /** A where().update of 3,000 documents through the database, now and with the store of before. */
  whereUpdateMs: number
  whereUpdateBeforeMs: number
}

/** The store of before: each document of a commit written on its own. */
async function perDocumentStore(dataDir: string | null, now: Now): Promise<Store> {
  const store = await Store.open(dataDir, now)
  const commitAll = store.commit.bind(store)
  store.commit = async (all) => {
    for (const write of all) await commitAll([write])
  }
  return store
}

async function whereUpdates(dataDir: string, clock: Clock, before: boolean): Promise<number> {
  const db = await openDatabase({ dataDir, clock, ...(before && { openStore: perDocumentStore }) })
  await db.ensureCollections(['bench'])
  await db.insertRaw(
    'bench',
    writes('bench', 0).map((w) => w.doc as Record<string, unknown>),
  )
  const times: number[] = []
  for (let run = 1; run <= RUNS; run++) times.push(await timed(() => whereUpdate(db, run)))
  await db.close()
  return median(times)
}

/** Measures the three figures on a fresh folder (also used by `npm run test:abuse`'s report). */
export async function measureStore(): Promise<StoreFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-store-'))
  try {
    const clock = new Clock(Date.parse('2026-03-06T09:00:00+08:00'))
    const store = await Store.open(join(dir, 'raw'), clock.now())
    await store.create('perDoc')
    await store.create('batched')
    const onePerCommit: number[] = []
    const oneCommit: number[] = []
    for (let run = 0; run < RUNS; run++) {
      onePerCommit.push(
        await timed(async () => {
          for (const write of writes('perDoc', run)) await store.commit([write])
        }),
      )
      oneCommit.push(await timed(() => store.commit(writes('batched', run))))
    }
    return {
      onePerCommitMs: median(onePerCommit),
      oneCommitMs: median(oneCommit),
      whereUpdateBeforeMs: await whereUpdates(join(dir, 'before'), clock, true),
      whereUpdateMs: await whereUpdates(join(dir, 'now'), clock, false),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export default async function storeBench(): Promise<void> {
  const f = await measureStore()
  const before = 'where().update of 3,000 documents, one document per commit (before)'
  record(before, f.whereUpdateBeforeMs, 'ms')
  record('where().update of 3,000 documents, one commit', f.whereUpdateMs, 'ms', before)
  const alone = 'store alone: 3,000 documents one per commit (before)'
  record(alone, f.onePerCommitMs, 'ms')
  record('store alone: 3,000 documents in one commit', f.oneCommitMs, 'ms', alone)
  console.log(`\n本地云存储（磁盘，${STORE_DOCS.toLocaleString('en-US')} 份文档，各 ${RUNS} 次取中位数）`)
  table([
    ['what', 'before: one document per commit', 'now: one commit', 'now ÷ before'],
    [
      'where().update as the SDK sends it',
      ms(f.whereUpdateBeforeMs),
      ms(f.whereUpdateMs),
      (f.whereUpdateMs / f.whereUpdateBeforeMs).toFixed(2),
    ],
    ['the store alone', ms(f.onePerCommitMs), ms(f.oneCommitMs), (f.oneCommitMs / f.onePerCommitMs).toFixed(2)],
  ])
}
