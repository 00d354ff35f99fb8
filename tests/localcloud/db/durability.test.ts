/**
 * What must hold when many callers write at once and when the local cloud restarts: claims
 * succeed exactly once, nothing acknowledged is lost, and the tooling API reads the same data.
 */
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../localcloud/db'
import { call, startWorld, type SdkWorld } from './sdk-world'

let world: SdkWorld
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'localcloud-db-'))
  world = await startWorld({ dataDir, collections: ['reminders', 'counters'] })
})

afterAll(async () => {
  await world.close()
  await rm(dataDir, { recursive: true, force: true })
})

const reminders = () => world.sdkDb.collection('reminders')

it('lets exactly one of 20 concurrent conditional updates claim a pending job', async () => {
  await call(reminders().add({ data: { _id: 'job1', status: 'pending' } }))
  const claims = await Promise.all(
    Array.from({ length: 20 }, () =>
      call(
        reminders()
          .where({ _id: 'job1', status: 'pending' })
          .update({ data: { status: 'sending' } }),
      ),
    ),
  )
  expect(claims.map((claim) => claim.stats.updated).sort()).toEqual([...Array(19).fill(0), 1])
})

it('loses no increment among 50 concurrent _.inc updates', async () => {
  await call(world.sdkDb.collection('counters').add({ data: { _id: 'c', n: 0 } }))
  const inc = world.sdkDb.command.inc(1)
  await Promise.all(
    Array.from({ length: 50 }, () =>
      call(
        world.sdkDb
          .collection('counters')
          .doc('c')
          .update({ data: { n: inc } }),
      ),
    ),
  )
  expect((await call(world.sdkDb.collection('counters').doc('c').get())).data.n).toBe(50)
})

it('keeps acknowledged writes, natural order and Dates across a restart', async () => {
  const at = new Date('2026-03-06T07:00:00.000Z')
  await call(
    reminders().add({
      data: [
        { _id: 'z', at },
        { _id: 'a', at },
        { _id: 'm', 'weird.key': 1, nested: { $x: 1 } },
      ],
    }),
  )
  await call(
    reminders()
      .doc('z')
      .update({ data: { status: 'sent' } }),
  )
  await call(reminders().doc('job1').remove())
  // What is on disk right now, without a clean close: as after a crash.
  const onDisk = await openDatabase({ dataDir, clock: world.clock })
  expect(await onDisk.find('reminders', { _id: 'z' })).toEqual([{ _id: 'z', at, status: 'sent' }])
  expect(await onDisk.find('reminders', { _id: 'job1' })).toEqual([])
  await world.swap(await openDatabase({ dataDir, clock: world.clock }))

  const after = await call(reminders().get())
  expect(after.data).toEqual([
    { _id: 'z', at, status: 'sent' },
    { _id: 'a', at },
    { _id: 'm', 'weird.key': 1, nested: { $x: 1 } },
  ])
  expect(after.data[0].at).toBeInstanceOf(Date)
  expect((await call(world.sdkDb.collection('counters').doc('c').get())).data.n).toBe(50)
})

it('keeps an empty collection that deploy created across a restart, and reset drops files', async () => {
  await world.db().ensureCollections(['empty'])
  await world.swap(await openDatabase({ dataDir, clock: world.clock }))
  expect((await call(world.sdkDb.collection('empty').count())).total).toBe(0)
  expect(await readdir(dataDir)).toEqual(expect.arrayContaining(['empty.db', 'reminders.db', 'counters.db']))

  await world.db().reset()
  expect(await readdir(dataDir)).toEqual([])
  await world.swap(await openDatabase({ dataDir, clock: world.clock }))
  expect(await world.db().exportAll()).toEqual({})
})

it('seeds with insertRaw, exports plain JSON that seeds back, and finds for tooling', async () => {
  await world
    .db()
    .insertRaw('members', [
      { _id: 'm1', joined: { $date: '2020-07-01T00:00:00.000Z' }, branch: 'b1' },
      { branch: 'b2' },
    ])
  await world.db().insertRaw('members', [{ _id: 'm1', joined: new Date('2021-07-01T00:00:00.000Z'), branch: 'b1' }])
  const exported = await world.db().exportAll()
  expect(exported.members).toHaveLength(2)
  expect(exported.members[0]).toEqual({ _id: 'm1', joined: { $date: '2021-07-01T00:00:00.000Z' }, branch: 'b1' })
  expect(exported.members[1]._id).toMatch(/^[0-9a-f]{32}$/)

  await world.db().reset()
  await world.db().insertRaw('members', exported.members)
  const found = await world.db().find('members', { joined: { $gte: new Date('2021-01-01T00:00:00.000Z') } })
  expect(found).toEqual([{ _id: 'm1', joined: new Date('2021-07-01T00:00:00.000Z'), branch: 'b1' }])
  expect((await call(world.sdkDb.collection('members').count())).total).toBe(2)
})

it('cuts off a line torn by a kill -9 mid-append, so the next write is not swallowed by it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'localcloud-torn-'))
  try {
    // Each database below stands for a process that then died: none is closed (closing compacts).
    const first = await openDatabase({ dataDir: dir, clock: world.clock })
    await first.insertRaw('torn', [{ _id: 'a', n: 1 }])
    // The process died inside an append: half a line, never acknowledged, no newline.
    await appendFile(join(dir, 'torn.db'), '{"_id":"s:b","seq":2,"doc":"{\\"_id\\":\\"b')
    const second = await openDatabase({ dataDir: dir, clock: world.clock })
    expect(await second.find('torn')).toEqual([{ _id: 'a', n: 1 }])
    await second.insertRaw('torn', [{ _id: 'c', n: 3 }])
    const third = await openDatabase({ dataDir: dir, clock: world.clock })
    expect(await third.find('torn')).toEqual([
      { _id: 'a', n: 1 },
      { _id: 'c', n: 3 },
    ])
    await third.close()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
