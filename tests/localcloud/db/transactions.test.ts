/**
 * Transactions under the real wx-server-sdk: commit, rollback, isolation, the conflict that
 * `runTransaction` retries on, single-document rules and expiry.
 */
import { call, failure, startWorld, type CloudDb, type SdkWorld } from './sdk-world'

/** The SDK types transactions as `any`; this is the part of them the tests use. */
interface Txn {
  collection(name: string): ReturnType<CloudDb['collection']>
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}

let world: SdkWorld

beforeAll(async () => {
  world = await startWorld()
})

afterAll(async () => {
  await world.close()
})

beforeEach(async () => {
  await world.db().reset()
  await world.db().ensureCollections(['accounts', 'ledger'])
  await world.db().insertRaw('accounts', [
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 0 },
  ])
  world.clock.set(null)
})

const balance = async (id: string): Promise<unknown> =>
  (await call(world.sdkDb.collection('accounts').doc(id).get())).data.balance

function runTransaction<T>(body: (txn: Txn) => Promise<T>, retries?: number): Promise<T> {
  return world.sdkDb.runTransaction(body, retries) as Promise<T>
}

async function startTransaction(): Promise<Txn> {
  return (await world.sdkDb.startTransaction()) as Txn
}

it('commits reads and writes of several documents at once', async () => {
  const cmd = world.sdkDb.command
  const result = await runTransaction(async (txn) => {
    const from = await call(txn.collection('accounts').doc('a').get())
    await call(
      txn
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: cmd.inc(-30) } }),
    )
    await call(
      txn
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: cmd.inc(30) } }),
    )
    await call(txn.collection('ledger').add({ data: { _id: 't1', amount: 30 } }))
    await call(
      txn
        .collection('ledger')
        .doc('t2')
        .set({ data: { note: 'set in a transaction' } }),
    )
    return from.data.balance
  })
  expect(result).toBe(100)
  expect([await balance('a'), await balance('b')]).toEqual([70, 30])
  expect(await world.db().find('ledger')).toEqual([
    { _id: 't1', amount: 30 },
    { _id: 't2', note: 'set in a transaction' },
  ])
})

it('reads its own writes but shows nothing to others before commit', async () => {
  const txn = await startTransaction()
  await call(
    txn
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 1 } }),
  )
  await call(txn.collection('accounts').doc('b').remove())
  expect((await call(txn.collection('accounts').doc('a').get())).data.balance).toBe(1)
  expect((await failure(txn.collection('accounts').doc('b').get())).errCode).toBe(-1)
  expect(await balance('a')).toBe(100)
  expect(await balance('b')).toBe(0)
  await txn.commit()
  expect(await balance('a')).toBe(1)
  expect((await failure(world.sdkDb.collection('accounts').doc('b').get())).errCode).toBe(-1)
})

it('discards every write on rollback, and runTransaction rejects with the rollback reason', async () => {
  const txn = await startTransaction()
  await call(
    txn
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 0 } }),
  )
  await txn.rollback()
  expect(await balance('a')).toBe(100)

  const outcome = runTransaction(async (inner) => {
    await call(
      inner
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: 0 } }),
    )
    await inner.rollback('insufficient funds')
  })
  await expect(outcome).rejects.toBe('insufficient funds')
  expect(await balance('a')).toBe(100)
})

it('rolls back when the callback throws', async () => {
  const outcome = runTransaction(async (txn) => {
    await call(
      txn
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: 0 } }),
    )
    throw new Error('business rule broken')
  })
  await expect(outcome).rejects.toThrow('business rule broken')
  expect(await balance('a')).toBe(100)
})

it('fails a commit whose documents changed meanwhile, and runTransaction retries it', async () => {
  let attempts = 0
  await runTransaction(async (txn) => {
    attempts += 1
    const account = await call(txn.collection('accounts').doc('a').get())
    // Someone else writes between this transaction's read and its commit, once.
    if (attempts === 1)
      await call(
        world.sdkDb
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: 500 } }),
      )
    await call(
      txn
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: Number(account.data.balance) + 1 } }),
    )
  })
  expect(attempts).toBe(2)
  expect(await balance('a')).toBe(501)
})

it('gives up after the retries with DATABASE_TRANSACTION_CONFLICT and writes nothing', async () => {
  let attempts = 0
  const outcome = runTransaction(async (txn) => {
    attempts += 1
    await call(
      txn
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: -1 } }),
    )
    await call(
      world.sdkDb
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: attempts } }),
    )
  }, 2)
  await expect(outcome).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect(attempts).toBe(3)
  expect(await balance('b')).toBe(3)
})

it('lets exactly one of two concurrent transfers win each round', async () => {
  const cmd = world.sdkDb.command
  const transfer = () =>
    runTransaction(async (txn) => {
      const from = await call(txn.collection('accounts').doc('a').get())
      if (Number(from.data.balance) < 60) throw new Error('insufficient funds')
      await call(
        txn
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: cmd.inc(-60) } }),
      )
      await call(
        txn
          .collection('accounts')
          .doc('b')
          .update({ data: { balance: cmd.inc(60) } }),
      )
    })
  const outcomes = await Promise.allSettled([transfer(), transfer()])
  expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
  expect([await balance('a'), await balance('b')]).toEqual([40, 60])
})

it('refuses where() queries inside a transaction: single documents only', async () => {
  const txn = await startTransaction()
  const error = await failure(txn.collection('accounts').where({ balance: 100 }).get())
  expect(error.errCode).toBe(-501007)
  await txn.rollback()
})

it('refuses a duplicate _id added in a transaction', async () => {
  const txn = await startTransaction()
  const error = await failure(txn.collection('accounts').add({ data: { _id: 'a', balance: 1 } }))
  expect(error.errCode).toBe(-502001)
  await txn.rollback()
})

it('expires a transaction left open', async () => {
  const txn = await startTransaction()
  await call(
    txn
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 0 } }),
  )
  world.clock.set(world.clock.now() + 61_000)
  expect((await failure(txn.collection('accounts').doc('a').get())).errMsg).toMatch(/does not exist or has expired/)
  await expect(txn.commit()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  expect(await balance('a')).toBe(100)
})
