/**
 * Writes under the real wx-server-sdk: where().update/remove hitting every match, update
 * commands on dotted paths, and serverDate following the cloud clock.
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

describe('multi-document writes', () => {
  it('where().update hits every match, even past 100 or 1000, and reports each changed one', async () => {
    await seed(1100, (i) => ({ status: i < 1050 ? 'pending' : 'done' }))
    const result = await call(
      records()
        .where({ status: 'pending' })
        .update({ data: { status: 'sent' } }),
    )
    expect(result.stats).toEqual({ updated: 1050 })
    expect((await call(records().where({ status: 'sent' }).count())).total).toBe(1050)
  })

  it('applies update commands: inc mul min max remove push pull addToSet, on dotted paths', async () => {
    await seed(1, () => ({ n: 5, m: 3, lo: 10, hi: 1, gone: true, list: [1, 2, 3, 2], set: ['a'], deep: { count: 1 } }))
    const cmd = _()
    await call(
      records()
        .doc('r0000')
        .update({
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
    await call(
      records()
        .doc('r0000')
        .update({ data: { list: cmd.push([9, 8]), set: cmd.addToSet('b') } }),
    )
    const got = (await call(records().doc('r0000').get())).data
    expect(got).toEqual({
      _id: 'r0000',
      n: 7,
      m: 12,
      lo: 7,
      hi: 9,
      list: [1, 3, 9, 8],
      set: ['a', 'b'],
      deep: { count: 0, added: 'yes' },
    })
  })

  it('replaces a whole sub-object with _.set instead of merging', async () => {
    await seed(1, () => ({ profile: { name: 'a', phone: '1' } }))
    await call(
      records()
        .doc('r0000')
        .update({ data: { profile: _().set({ name: 'b' }) } }),
    )
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
    const error = await failure(
      records()
        .doc('r0000')
        .update({ data: { _id: 'other' } }),
    )
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
    await call(
      records()
        .doc('a')
        .update({ data: { later: serverDate({ offset: 60_000 }) } }),
    )
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
    const overdue = await call(
      records()
        .where({ due: cmd.lt(world.sdkDb.serverDate()) })
        .get(),
    )
    expect(pluck(overdue.data, '_id')).toEqual(['r0000', 'r0001'])
    const after = await call(
      records()
        .where({ due: cmd.gte(new Date('2026-03-06T00:00:00.000Z')) })
        .get(),
    )
    expect(pluck(after.data, '_id')).toEqual(['r0001', 'r0002'])
  })
})
