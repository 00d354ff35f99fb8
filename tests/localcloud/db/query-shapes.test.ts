/**
 * Query shapes as the local cloud records them from what the real wx-server-sdk sends (fields
 * and sort, no values), and the index-coverage rule that judges them (tests/helpers).
 */
import { openDatabase } from '../../../localcloud/db'
import type { RecordedShape } from '../../../localcloud/db/query-shapes'
import { whyUncovered } from '../../helpers/index-coverage'
import { call, startWorld, type SdkWorld } from './sdk-world'

let world: SdkWorld

beforeAll(async () => {
  world = await startWorld({ collections: ['members'] })
  const recording = await openDatabase({ dataDir: null, clock: world.clock, recordQueries: true })
  await recording.ensureCollections(['members'])
  await recording.insertRaw('members', [{ _id: 'm1', branchId: 'b1', status: 'active', at: 1, profile: { city: 'x' } }])
  await world.swap(recording)
})
afterAll(() => world.close())

async function shapesOf(run: () => Promise<unknown>): Promise<Array<Omit<RecordedShape, 'count'>>> {
  const before = new Set(
    world
      .db()
      .queryShapes()
      .map((s) => JSON.stringify({ ...s, count: 0 })),
  )
  await run()
  return world
    .db()
    .queryShapes()
    .map(({ count: _count, ...shape }) => shape)
    .filter((s) => !before.has(JSON.stringify({ ...s, count: 0 })))
}

const members = () => world.sdkDb.collection('members')

it('records equality, $in, other comparisons and the sort, in the dotted form the SDK sends', async () => {
  const _ = world.sdkDb.command
  const q = members()
    .where({ branchId: 'b1', status: _.in(['active', 'left']), at: _.gte(0), profile: { city: 'x' } })
    .orderBy('at', 'desc')
  expect(await shapesOf(() => call(q.get()))).toEqual([
    {
      collection: 'members',
      kind: 'get',
      equal: ['branchId', 'profile.city', 'status'],
      other: ['at'],
      sort: ['at:-1'],
    },
  ])
})

it('splits an $or into one shape per branch, and records counts, updates and aggregations', async () => {
  const _ = world.sdkDb.command
  const or = await shapesOf(() =>
    call(
      members()
        .where(_.or([{ branchId: 'b1' }, { status: 'left' }]))
        .count(),
    ),
  )
  expect(or.map((s) => [s.kind, s.equal])).toEqual([
    ['count', ['branchId']],
    ['count', ['status']],
  ])
  const update = members()
    .where({ status: 'gone' })
    .update({ data: { at: 2 } })
  expect((await shapesOf(() => call(update)))[0]).toMatchObject({ kind: 'update', equal: ['status'] })
  const agg = members()
    .aggregate()
    .match({ at: _.gte(0) })
    .sort({ at: 1 })
    .group({ _id: '$branchId', n: world.sdkDb.command.aggregate.sum(1) })
    .end()
  expect(await shapesOf(() => call(agg))).toEqual([
    { collection: 'members', kind: 'aggregate', equal: [], other: ['at'], sort: ['at:1'] },
  ])
})

it('records nothing for doc(id), which the _id index serves, nor when recording is off', async () => {
  expect(await shapesOf(() => call(members().doc('m1').get()))).toEqual([])
  const quiet = await openDatabase({ dataDir: null, clock: world.clock })
  expect(quiet.queryShapes()).toEqual([])
  await quiet.close()
})

describe('the coverage rule', () => {
  const shape = (equal: string[], other: string[] = [], sort: string[] = []): RecordedShape => ({
    collection: 'c',
    kind: 'get',
    equal,
    other,
    sort,
    count: 1,
  })

  it.each([
    ['by _id', shape(['_id']), [], false, null],
    ['by the first key of an index', shape(['branchId', 'status']), [{ branchId: 1 }], false, null],
    ['by a range on the first key', shape([], ['month']), [{ month: 1, branchId: 1 }], false, null],
    ['by no index key first', shape(['status']), [{ branchId: 1, status: 1 }], false, '没有以 status 之一开头的索引'],
    ['findAll paging (_id range) alone', shape(['kind'], ['_id'], ['_id:1']), [], false, '没有以 kind / _id'],
    [
      'sorted by the index after its pinned keys',
      shape(['memberId'], [], ['at:-1', '_id:-1']),
      [{ memberId: 1, at: -1 }],
      false,
      null,
    ],
    ['sorted the reverse way', shape(['memberId'], [], ['at:1']), [{ memberId: 1, at: -1 }], false, null],
    [
      'sorted by what no index gives',
      shape(['memberId'], [], ['at:-1']),
      [{ memberId: 1 }],
      false,
      '排序 at:-1 不能由同一索引给出',
    ],
    ['a page of everything in index order', shape([], [], ['at:-1', '_id:-1']), [{ at: -1 }], false, null],
    ['everything, where that is fine', shape([], [], ['_id:1']), [], true, null],
    ['everything, elsewhere', shape([], ['_id'], ['_id:1']), [], false, '读取整个集合'],
  ])('%s', (_label, s, indexes, readWhole, reason) => {
    const why = whyUncovered(s, indexes as Array<Record<string, 1 | -1>>, readWhole)
    if (reason === null) expect(why).toBeNull()
    else expect(why).toContain(reason)
  })
})
