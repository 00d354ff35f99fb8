/**
 * Queries under the real wx-server-sdk: WeChat's limits, query commands, dotted paths,
 * ordering, projection, count, the 1 MB cap.
 */
import { call, failure, pluck, seedRecords, startWorld, type SdkWorld } from './sdk-world'

let world: SdkWorld

beforeAll(async () => {
  world = await startWorld()
})

afterAll(async () => {
  await world.close()
})

beforeEach(async () => {
  await world.db().reset()
  await world.db().ensureCollections(['records'])
  world.clock.set(null)
})

const records = () => world.sdkDb.collection('records')
const _ = () => world.sdkDb.command

const seed = (count: number, make?: (i: number) => Record<string, unknown>) => seedRecords(world, count, make)

describe('limits', () => {
  it('returns 100 documents when no limit is given', async () => {
    await seed(150)
    expect((await call(records().get())).data).toHaveLength(100)
  })

  it('returns at most 1000 documents: the SDK clamps a larger limit before sending', async () => {
    await seed(1200)
    expect((await call(records().limit(1000).get())).data).toHaveLength(1000)
    expect((await call(records().limit(5000).get())).data).toHaveLength(1000)
  })

  it('refuses a non-positive limit instead of guessing what it means', async () => {
    await seed(3)
    expect((await failure(records().limit(-1).get())).errCode).toBe(-501007)
  })

  it('pages with skip and orderBy over the natural order', async () => {
    await seed(10)
    const page = await call(records().orderBy('i', 'desc').skip(2).limit(3).get())
    expect(pluck(page.data, 'i')).toEqual([7, 6, 5])
    const natural = await call(records().skip(8).get())
    expect(pluck(natural.data, '_id')).toEqual(['r0008', 'r0009'])
  })

  it('orders by several fields in the order orderBy was called', async () => {
    await seed(6, (i) => ({ group: i % 2, i }))
    const sorted = await call(records().orderBy('group', 'asc').orderBy('i', 'desc').get())
    expect(pluck(sorted.data, 'i')).toEqual([4, 2, 0, 5, 3, 1])
  })

  it('counts every match, beyond any limit', async () => {
    await seed(1500, (i) => ({ even: i % 2 === 0 }))
    expect((await call(records().where({ even: true }).count())).total).toBe(750)
  })

  it('refuses a result over 1 MB (documented as -602001; the SDK can only carry -502001)', async () => {
    const big = 'x'.repeat(20_000)
    await seed(60, () => ({ big }))
    const error = await failure(records().limit(60).get())
    expect(error.errCode).toBe(-502001)
    expect(error.errMsg).toMatch(/-602001.*exceed limit \(1MB\)/)
    expect((await call(records().limit(40).get())).data).toHaveLength(40)
  })
})

describe('query commands', () => {
  beforeEach(async () => {
    await seed(6, (i) => ({
      i,
      tags: i % 2 ? ['odd'] : ['even', 'x'],
      profile: { branch: i < 3 ? 'b1' : 'b2', age: 20 + i },
    }))
  })

  const ids = (docs: Record<string, unknown>[]) => pluck(docs, '_id')

  it('matches nested objects as dotted paths', async () => {
    const found = await call(
      records()
        .where({ profile: { branch: 'b1' } })
        .get(),
    )
    expect(ids(found.data)).toEqual(['r0000', 'r0001', 'r0002'])
  })

  it('supports comparison, set and logic commands', async () => {
    const cmd = _()
    expect(
      ids(
        (
          await call(
            records()
              .where({ i: cmd.gt(1).and(cmd.lte(3)) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0002', 'r0003'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ i: cmd.in([0, 5]) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0000', 'r0005'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ i: cmd.nin([0, 1, 2, 3]) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0004', 'r0005'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ i: cmd.neq(0), 'profile.age': cmd.lt(22) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0001'])
    const either = cmd.or([{ i: 0 }, { 'profile.branch': 'b2', i: cmd.gte(5) }])
    expect(ids((await call(records().where(either).get())).data)).toEqual(['r0000', 'r0005'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ missing: cmd.exists(false), i: cmd.eq(4) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0004'])
  })

  it('supports array commands and regular expressions', async () => {
    const cmd = _()
    expect(
      ids(
        (
          await call(
            records()
              .where({ tags: cmd.all(['even', 'x']), i: cmd.lt(3) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0000', 'r0002'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ tags: cmd.size(1), i: cmd.lt(3) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0001'])
    expect(
      ids(
        (
          await call(
            records()
              .where({ tags: 'odd', i: cmd.gt(3) })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['r0005'])
    await call(records().add({ data: { _id: 'name', title: '党支部Meeting' } }))
    expect(
      ids(
        (
          await call(
            records()
              .where({ title: /meeting/i })
              .get(),
          )
        ).data,
      ),
    ).toEqual(['name'])
    const regexp = world.sdkDb.RegExp({ regexp: '^党支部', options: '' })
    expect(ids((await call(records().where({ title: regexp }).get())).data)).toEqual(['name'])
  })

  it('projects with field(), keeping _id unless excluded', async () => {
    const got = await call(records().where({ i: 1 }).field({ i: true, 'profile.branch': true }).get())
    expect(got.data).toEqual([{ _id: 'r0001', i: 1, profile: { branch: 'b1' } }])
    const without = await call(records().where({ i: 1 }).field({ _id: false, tags: false, profile: false }).get())
    expect(without.data).toEqual([{ i: 1 }])
  })
})
