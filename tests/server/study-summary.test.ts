/**
 * `studySummary`, which the home action (another domain) calls in-process: run here under the
 * real wx-server-sdk against the local cloud, as it runs inside a cloud function.
 */
import type { LocalCloud } from '../../localcloud/server'
import { studySummary } from '../../server/actions/study'
import type { Cloud } from '../../server/runtime/sdk'
import type { ActionContext } from '../../server/runtime/types'
import { setSdkEnvironment } from '../helpers/admin-harness'
import { asMember, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aCheckin, at, insertCheckins } from '../helpers/study-mothers'

let cloud: LocalCloud
let ctx: ActionContext
beforeAll(async () => {
  cloud = await startTestCloud()
  setSdkEnvironment(`${cloud.url}/admin`)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk') as Cloud
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  ctx = {
    db: sdk.database(),
    cloud: sdk,
    caller: { openid: '', source: '', member: null, isAdmin: false },
    requestId: 'test',
    requestKey: null,
    now: () => cloud.clock.now(),
  }
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

it('gives the China days of the month with a standing record, oldest first', async () => {
  const mine = { memberId: WORLD.memberA1, branchId: WORLD.branchA }
  await insertCheckins(cloud, [
    aCheckin({ _id: 'sc-1', ...mine, day: '2026-03-09' }),
    aCheckin({ _id: 'sc-2', ...mine, day: '2026-03-02' }),
    aCheckin({ _id: 'sc-3', ...mine, day: '2026-03-09' }),
    aCheckin({ _id: 'sc-4', ...mine, day: '2026-03-05', status: 'withdrawn', withdrawnAt: at('2026-03-05 21:00') }),
    aCheckin({ _id: 'sc-5', ...mine, day: '2026-02-28' }),
    aCheckin({ _id: 'sc-6', memberId: WORLD.memberA2, branchId: WORLD.branchA, day: '2026-03-03' }),
  ])
  expect(await studySummary(ctx, WORLD.memberA1, '2026-03')).toEqual({
    month: '2026-03',
    studyDays: ['2026-03-02', '2026-03-09'],
  })
  expect(await studySummary(ctx, WORLD.memberA1, '2026-01')).toEqual({ month: '2026-01', studyDays: [] })
})

it('follows a withdrawal at once (the home page updates)', async () => {
  cloud.clock.set(at('2026-03-10 10:00'))
  const me = asMember(cloud)
  const entry = await me.ok('member', 'study.checkIn', { title: '学习党章' })
  expect((await studySummary(ctx, WORLD.memberA1, '2026-03')).studyDays).toEqual(['2026-03-10'])
  await me.ok('member', 'study.withdraw', { entryId: entry.id })
  expect((await studySummary(ctx, WORLD.memberA1, '2026-03')).studyDays).toEqual([])
})
