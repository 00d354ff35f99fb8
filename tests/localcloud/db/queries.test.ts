/**
 * Queries and multi-document writes under the real wx-server-sdk: WeChat's limits, query and
 * update commands, dotted paths, ordering, projection, count, serverDate, the 1 MB cap.
 */
import { call, failure, pluck, startWorld, type SdkWorld } from './sdk-world'

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

async function seed(count: number, make: (i: number) => Record<string, unknown> = (i) => ({ i })): Promise<void> {
  await world.db().insertRaw('records', Array.from({ length: count }, (_unused, i) => ({ _id: `r${String(i).padStart(4, '0')}`, ...make(i) })))
}

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
    await seed(6, (i) => ({ i, tags: i % 2 ? ['odd'] : ['even', 'x'], profile: { branch: i < 3 ? 'b1' : 'b2', age: 20 + i } }))
  })

  const ids = (docs: Record<string, unknown>[]) => pluck(docs, '_id')

  it('matches nested objects as dotted paths', async () => {
    const found = await call(records().where({ profile: { branch: 'b1' } }).get())
    expect(ids(found.data)).toEqual(['r0000', 'r0001', 'r0002'])
  })

  it('supports comparison, set and logic commands', async () => {
    const cmd = _()
    expect(ids((await call(records().where({ i: cmd.gt(1).and(cmd.lte(3)) }).get())).data)).toEqual(['r0002', 'r0003'])
    expect(ids((await call(records().where({ i: cmd.in([0, 5]) }).get())).data)).toEqual(['r0000', 'r0005'])
    expect(ids((await call(records().where({ i: cmd.nin([0, 1, 2, 3]) }).get())).data)).toEqual(['r0004', 'r0005'])
    expect(ids((await call(records().where({ i: cmd.neq(0), 'profile.age': cmd.lt(22) }).get())).data)).toEqual(['r0001'])
    const either = cmd.or([{ i: 0 }, { 'profile.branch': 'b2', i: cmd.gte(5) }])
    expect(ids((await call(records().where(either).get())).data)).toEqual(['r0000', 'r0005'])
    expect(ids((await call(records().where({ missing: cmd.exists(false), i: cmd.eq(4) }).get())).data)).toEqual(['r0004'])
  })

  it('supports array commands and regular expressions', async () => {
    const cmd = _()
    expect(ids((await call(records().where({ tags: cmd.all(['even', 'x']), i: cmd.lt(3) }).get())).data)).toEqual(['r0000', 'r0002'])
    expect(ids((await call(records().where({ tags: cmd.size(1), i: cmd.lt(3) }).get())).data)).toEqual(['r0001'])
    expect(ids((await call(records().where({ tags: 'odd', i: cmd.gt(3) }).get())).data)).toEqual(['r0005'])
    await call(records().add({ data: { _id: 'name', title: '党支部Meeting' } }))
    expect(ids((await call(records().where({ title: /meeting/i }).get())).data)).toEqual(['name'])
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

describe('multi-document writes', () => {
  it('where().update hits every match, even past 100 or 1000, and reports each changed one', async () => {
    await seed(1100, (i) => ({ status: i < 1050 ? 'pending' : 'done' }))
    const result = await call(records().where({ status: 'pending' }).update({ data: { status: 'sent' } }))
    expect(result.stats).toEqual({ updated: 1050 })
    expect((await call(records().where({ status: 'sent' }).count())).total).toBe(1050)
  })

  it('applies update commands: inc mul min max remove push pull addToSet, on dotted paths', async () => {
    await seed(1, () => ({ n: 5, m: 3, lo: 10, hi: 1, gone: true, list: [1, 2, 3, 2], set: ['a'], deep: { count: 1 } }))
    const cmd = _()
    await call(
      records().doc('r0000').update({
        data: {
          n: cmd.inc(2),
          m: cmd.mul(4),
          lo: cmd.min(7),
          hi: cmd.max(9),
          gone: cmd.remove(),
          list: cmd.pull(2),
          set: cmd.addToSet('a'),
          deep: { count: cmd.inc(-1), added: 'yes' },
        },
      }),
    )
    await call(records().doc('r0000').update({ data: { list: cmd.push([9, 8]), set: cmd.addToSet('b') } }))
    const got = (await call(records().doc('r0000').get())).data
    expect(got).toEqual({ _id: 'r0000', n: 7, m: 12, lo: 7, hi: 9, list: [1, 3, 9, 8], set: ['a', 'b'], deep: { count: 0, added: 'yes' } })
  })

  it('replaces a whole sub-object with _.set instead of merging', async () => {
    await seed(1, () => ({ profile: { name: 'a', phone: '1' } }))
    await call(records().doc('r0000').update({ data: { profile: _().set({ name: 'b' }) } }))
    expect((await call(records().doc('r0000').get())).data).toEqual({ _id: 'r0000', profile: { name: 'b' } })
  })

  it('removes every match: skip and limit are dropped by the SDK (it only warns)', async () => {
    await seed(5, (i) => ({ old: i < 4 }))
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const result = await call(records().where({ old: true }).skip(1).limit(1).remove())
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not supported in remove/))
    warn.mockRestore()
    expect(result.stats).toEqual({ removed: 4 })
    expect((await call(records().count())).total).toBe(1)
  })

  it('refuses to remove or update without a where()', async () => {
    await seed(2)
    expect((await failure(records().remove())).errCode).toBe(-501007)
    expect((await failure(records().update({ data: { a: 1 } }))).errCode).toBe(-501007)
    expect((await call(records().where({}).remove())).stats).toEqual({ removed: 2 })
  })

  it('refuses to change _id', async () => {
    await seed(1)
    const error = await failure(records().doc('r0000').update({ data: { _id: 'other' } }))
    expect(error.errCode).toBe(-501007)
  })
})

describe('serverDate and Dates', () => {
  it('stores db.serverDate() as the cloud clock says, with its offset', async () => {
    const instant = Date.parse('2026-03-06T01:00:00.000Z')
    world.clock.set(instant)
    await call(records().add({ data: { _id: 'a', at: world.sdkDb.serverDate() } }))
    // The SDK takes `{ offset }` (ms) although its typings declare no argument.
    const serverDate = world.sdkDb.serverDate as unknown as (opts: { offset: number }) => object
    await call(records().doc('a').update({ data: { later: serverDate({ offset: 60_000 }) } }))
    const got = (await call(records().doc('a').get())).data
    expect(got.at).toBeInstanceOf(Date)
    expect(got.at.getTime() - instant).toBeGreaterThanOrEqual(0)
    expect(got.at.getTime() - instant).toBeLessThan(1_000)
    expect(got.later.getTime() - got.at.getTime()).toBeGreaterThanOrEqual(60_000)
    expect(got.later.getTime() - got.at.getTime()).toBeLessThan(61_000)
  })

  it('compares Dates and serverDate in queries', async () => {
    world.clock.set(Date.parse('2026-03-06T01:00:00.000Z'))
    await seed(3, (i) => ({ due: new Date(Date.parse('2026-03-05T00:00:00.000Z') + i * 86_400_000) }))
    const cmd = _()
    const overdue = await call(records().where({ due: cmd.lt(world.sdkDb.serverDate()) }).get())
    expect(pluck(overdue.data, '_id')).toEqual(['r0000', 'r0001'])
    const after = await call(records().where({ due: cmd.gte(new Date('2026-03-06T00:00:00.000Z')) }).get())
    expect(pluck(after.data, '_id')).toEqual(['r0001', 'r0002'])
  })
})
