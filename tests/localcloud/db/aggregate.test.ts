/**
 * aggregate()…end() under the real wx-server-sdk: 20 results unless `.limit(n)`, the usual
 * stages, `$lookup` across collections, and stages that have no place in a read.
 */
import { call, failure, pluck, startWorld, type SdkWorld } from './sdk-world'

let world: SdkWorld

beforeAll(async () => {
  world = await startWorld({ collections: ['attendance', 'members'] })
  const branches = ['b1', 'b2', 'b3']
  await world.db().insertRaw(
    'attendance',
    Array.from({ length: 45 }, (_unused, i) => ({
      _id: `a${i}`,
      memberId: `m${i % 15}`,
      branch: branches[i % 3],
      minutes: i,
    })),
  )
  await world.db().insertRaw(
    'members',
    Array.from({ length: 15 }, (_unused, i) => ({ _id: `m${i}`, name: `党员${i}` })),
  )
})

afterAll(async () => {
  await world.close()
})

const attendance = () => world.sdkDb.collection('attendance')
const $ = () => world.sdkDb.command.aggregate

it('returns 20 results when the pipeline has no limit', async () => {
  const result = await call(attendance().aggregate().end())
  expect(result.list).toHaveLength(20)
})

it('returns as many as .limit(n) asks for', async () => {
  const result = await call(attendance().aggregate().limit(40).end())
  expect(result.list).toHaveLength(40)
})

it('groups, matches, sorts and projects', async () => {
  const result = await call(
    attendance()
      .aggregate()
      .match({ minutes: world.sdkDb.command.gte(3) })
      .group({ _id: '$branch', total: $().sum('$minutes'), count: $().sum(1) })
      .sort({ _id: 1 })
      .project({ _id: 0, branch: '$_id', total: 1, count: 1 })
      .end(),
  )
  expect(result.list).toEqual([
    { branch: 'b1', total: 3 + 6 + 9 + 12 + 15 + 18 + 21 + 24 + 27 + 30 + 33 + 36 + 39 + 42, count: 14 },
    { branch: 'b2', total: 4 + 7 + 10 + 13 + 16 + 19 + 22 + 25 + 28 + 31 + 34 + 37 + 40 + 43, count: 14 },
    { branch: 'b3', total: 5 + 8 + 11 + 14 + 17 + 20 + 23 + 26 + 29 + 32 + 35 + 38 + 41 + 44, count: 14 },
  ])
})

it('joins another collection with lookup', async () => {
  const result = await call(
    attendance()
      .aggregate()
      .match({ _id: world.sdkDb.command.in(['a0', 'a16']) })
      .lookup({ from: 'members', localField: 'memberId', foreignField: '_id', as: 'member' })
      .sort({ _id: 1 })
      .end(),
  )
  expect(pluck(result.list, 'member')).toEqual([[{ _id: 'm0', name: '党员0' }], [{ _id: 'm1', name: '党员1' }]])
})

it('counts and unwinds', async () => {
  const counted = await call(attendance().aggregate().match({ branch: 'b2' }).count('n').end())
  expect(counted.list).toEqual([{ n: 15 }])
  const unwound = await call(
    world.sdkDb
      .collection('members')
      .aggregate()
      .match({ _id: 'm1' })
      .project({ tags: ['a', 'b'] })
      .unwind('$tags')
      .end(),
  )
  expect(pluck(unwound.list, 'tags')).toEqual(['a', 'b'])
})

it('refuses an unknown operator as an invalid command (errCode -1: the SDK reports aggregate errors so)', async () => {
  const error = await failure(
    attendance()
      .aggregate()
      .addFields({ x: { $noSuchOperator: 1 } })
      .end(),
  )
  expect(error).toMatchObject({ errCode: -1, code: 'DATABASE_INVALID_OPERRATOR' })
})

it('refuses $out and $merge, which the SDK cannot send but another client could', async () => {
  const request = {
    action: 'database.aggregateDocuments',
    params: { collectionName: 'attendance', stages: [{ stageKey: '$out', stageValue: '"elsewhere"' }] },
    files: {},
    query: new URLSearchParams(),
  }
  await expect(world.db().handle(request)).rejects.toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' })
  expect(await world.db().find('elsewhere')).toEqual([])
})

it('does not change the stored documents', async () => {
  await call(attendance().aggregate().addFields({ minutes: 0, extra: true }).limit(100).end())
  const stored = await world.db().find('attendance', { _id: 'a5' })
  expect(stored).toEqual([{ _id: 'a5', memberId: 'm5', branch: 'b3', minutes: 5 }])
})
