/**
 * Single documents and collections under the real wx-server-sdk: add, doc().get/set/update/
 * remove, duplicate ids, missing documents and missing collections.
 */
import { call, failure, startWorld, type SdkWorld } from './sdk-world'

let world: SdkWorld

beforeAll(async () => {
  world = await startWorld({ collections: ['members', 'attendance'] })
})

afterAll(async () => {
  await world.close()
})

beforeEach(async () => {
  await world.db().reset()
  await world.db().ensureCollections(['members', 'attendance'])
})

const members = () => world.sdkDb.collection('members')

describe('add', () => {
  it('returns a WeChat-like _id (32 hex characters) when none is given', async () => {
    const added = await call(members().add({ data: { name: '张三' } }))
    expect(added._id).toMatch(/^[0-9a-f]{32}$/)
    const got = await call(members().doc(added._id).get())
    expect(got.data).toEqual({ _id: added._id, name: '张三' })
  })

  it('keeps the given _id and inserts many at once', async () => {
    const added = await call(
      members().add({
        data: [
          { _id: 'm1', n: 1 },
          { _id: 'm2', n: 2 },
        ],
      }),
    )
    expect(added).toMatchObject({ _ids: ['m1', 'm2'] })
    expect((await call(members().count())).total).toBe(2)
  })

  it('refuses a duplicate _id as a failed write (-502001) and writes nothing of the batch', async () => {
    await call(members().add({ data: { _id: 'a1_m1', n: 1 } }))
    const error = await failure(members().add({ data: { _id: 'a1_m1', n: 2 } }))
    expect(error.errCode).toBe(-502001)
    expect(error.errMsg).toMatch(/duplicate key/)
    await failure(
      members().add({
        data: [
          { _id: 'fresh', n: 1 },
          { _id: 'a1_m1', n: 3 },
        ],
      }),
    )
    expect((await call(members().where({ _id: 'fresh' }).count())).total).toBe(0)
    expect((await call(members().doc('a1_m1').get())).data).toEqual({ _id: 'a1_m1', n: 1 })
  })

  it('keeps values exactly: numbers, nested objects, arrays, Dates, field names with dots in arrays', async () => {
    const when = new Date('2026-03-06T07:00:00.000Z')
    const data = {
      int: 1,
      float: 1.5,
      big: 2 ** 40,
      neg: -3,
      t: when,
      nested: { list: [1, { y: 'é' }], empty: [] },
      flag: false,
      nil: null,
    }
    const { _id } = await call(members().add({ data }))
    const got = (await call(members().doc(_id).get())).data
    expect(got).toEqual({ _id, ...data })
    expect(got.t).toBeInstanceOf(Date)
  })
})

describe('doc(id).get', () => {
  it('throws errCode -1 "document with _id … does not exist" for a missing document', async () => {
    const error = await failure(members().doc('nobody').get())
    expect(error.errCode).toBe(-1)
    expect(error.errMsg).toBe('document.get:fail document with _id nobody does not exist')
  })

  it('applies field() to a single document', async () => {
    await call(members().add({ data: { _id: 'm1', name: 'a', phone: '1', branch: 'b' } }))
    const got = await call(members().doc('m1').field({ name: true }).get())
    expect(got.data).toEqual({ _id: 'm1', name: 'a' })
  })
})

describe('doc(id).set', () => {
  it('reports created: 1 for a new document and replaces an existing one with created: 0', async () => {
    const first = await call(
      members()
        .doc('a1_m1')
        .set({ data: { status: 'signed', extra: 1 } }),
    )
    expect(first).toMatchObject({ _id: 'a1_m1', stats: { created: 1, updated: 0 } })
    const second = await call(
      members()
        .doc('a1_m1')
        .set({ data: { status: 'late' } }),
    )
    expect(second).toMatchObject({ _id: 'a1_m1', stats: { created: 0, updated: 1 } })
    expect((await call(members().doc('a1_m1').get())).data).toEqual({ _id: 'a1_m1', status: 'late' })
  })

  it('reports updated: 0 when the replacement changes nothing', async () => {
    await call(
      members()
        .doc('m1')
        .set({ data: { a: 1 } }),
    )
    const again = await call(
      members()
        .doc('m1')
        .set({ data: { a: 1 } }),
    )
    expect(again.stats).toEqual({ created: 0, updated: 0 })
  })
})

describe('doc(id).update and remove', () => {
  it('merges nested objects into dotted paths instead of replacing them', async () => {
    await call(members().add({ data: { _id: 'm1', profile: { name: 'a', phone: '1' } } }))
    const result = await call(
      members()
        .doc('m1')
        .update({ data: { profile: { phone: '2' } } }),
    )
    expect(result.stats).toEqual({ updated: 1 })
    expect((await call(members().doc('m1').get())).data).toEqual({ _id: 'm1', profile: { name: 'a', phone: '2' } })
  })

  it('updates nothing (updated: 0) for a missing document or an unchanged value', async () => {
    await call(members().add({ data: { _id: 'm1', n: 1 } }))
    expect(
      (
        await call(
          members()
            .doc('nobody')
            .update({ data: { n: 2 } }),
        )
      ).stats,
    ).toEqual({ updated: 0 })
    expect(
      (
        await call(
          members()
            .doc('m1')
            .update({ data: { n: 1 } }),
        )
      ).stats,
    ).toEqual({ updated: 0 })
  })

  it('removes one document and reports removed: 0 when it is already gone', async () => {
    await call(members().add({ data: { _id: 'm1' } }))
    expect((await call(members().doc('m1').remove())).stats).toEqual({ removed: 1 })
    expect((await call(members().doc('m1').remove())).stats).toEqual({ removed: 0 })
  })
})

describe('collections', () => {
  it('answers -502005 for every operation on a collection that was never deployed', async () => {
    const ghost = world.sdkDb.collection('ghost')
    const calls = [
      () => ghost.get(),
      () => ghost.count(),
      () => ghost.doc('x').get(),
      () => ghost.add({ data: { a: 1 } }),
      () => ghost.doc('x').set({ data: { a: 1 } }),
      () => ghost.doc('x').update({ data: { a: 1 } }),
      () => ghost.where({ a: 1 }).update({ data: { a: 2 } }),
      () => ghost.where({ a: 1 }).remove(),
    ]
    for (const pending of calls) {
      const error = await failure(pending())
      expect(error.errCode).toBe(-502005)
      expect(error.errMsg).toMatch(/collection not exists.*ghost/)
    }
    expect(await world.db().find('ghost')).toEqual([])
  })

  it('lets aggregate report a missing collection as errCode -1 with the server code kept (the SDK does so)', async () => {
    const error = await failure(world.sdkDb.collection('ghost').aggregate().end())
    expect(error).toMatchObject({ errCode: -1, code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })

  it('creates a collection with db.createCollection and refuses to create it twice', async () => {
    await call(world.sdkDb.createCollection('notices'))
    await call(world.sdkDb.collection('notices').add({ data: { _id: 'n1' } }))
    // createCollection's errors reach the caller as errCode -1 with the server's code kept.
    expect(await failure(world.sdkDb.createCollection('notices'))).toMatchObject({
      errCode: -1,
      code: 'DATABASE_REQUEST_FAILED',
    })
  })
})
