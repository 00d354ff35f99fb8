/**
 * 100% of the paths where one person's text reaches another go through the content check. The
 * text fields come from the contract's schemas; tests/abuse/text-paths.ts says for each whether it
 * reaches someone else. With a risky word set in the local cloud (as WeChat's msgSecCheck would
 * answer `risky`), every shared field refuses it with CONTENT.RISKY and nothing is saved.
 */
import { contract, type FunctionName } from '../../core/contract'
import type { ActionSpec } from '../../core/contract/define'
import type { LocalCloud } from '../../localcloud/server'
import { postRaw, restore, storeText, type Snapshot } from '../abuse/answers'
import { plantRecords } from '../abuse/foreign'
import { clone, setAt, type Json } from '../abuse/payloads'
import { readField, textFields } from '../abuse/schema'
import { TEXT_PATHS } from '../abuse/text-paths'
import { insertActivityTomorrow } from '../helpers/activity-mothers'
import { seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { actorFor, cellOf } from './matrix/index'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
let world: Snapshot
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
  await plantRecords(cloud)
  world = await cloud.database.exportAll()
})
afterAll(() => cloud.close())

jest.setTimeout(120_000)

const RISKY_WORD = '违禁测试词'
/** At least 10 characters (a 心得's minimum), at most 20 (the shortest limit, a reduction's 批准组织 40). */
const RISKY_TEXT = `这段文字里有${RISKY_WORD}请修改`

/** What WeChat's msgSecCheck would call risky, set in the local cloud (a reset puts back its defaults). */
async function setRiskyWords(words: string[]): Promise<void> {
  const res = await fetch(`${cloud.url}/_admin/sensitive-words`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ words }),
  })
  expect(res.status).toBe(200)
}

const textMaterial = [{ kind: 'text', title: '学习材料', text: '材料正文' }]

/** Inputs that reach the visible path where the matrix's does not (published, refused, with materials). */
const VISIBLE: Record<string, (cloud: LocalCloud) => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  'secretary/activity.create': () => ({ publish: true, agenda: '议程', materials: textMaterial }),
  'secretary/activity.update': async (c) => ({
    activityId: (await insertActivityTomorrow(c, { _id: 'act-visible' }))._id,
    changes: { title: '新标题', place: '新地点', agenda: '新议程', materials: textMaterial },
    reason: '与上级会议冲突',
  }),
  'secretary/schedule.move': async (c) => ({
    activityId: (await insertActivityTomorrow(c, { _id: 'act-visible' }))._id,
    changes: { place: '新地点' },
    reason: '与上级会议冲突',
  }),
  'secretary/notice.publish': () => ({ materials: textMaterial }),
  'secretary/minutes.save': () => ({ attachments: [{ title: '会议材料', fileID: 'cloud://local.bucket/m.pdf' }] }),
  'secretary/minutes.amend': () => ({ attachments: [{ title: '会议材料', fileID: 'cloud://local.bucket/m.pdf' }] }),
  'admin/notice.publish': () => ({ materials: textMaterial }),
  'admin/notice.review': () => ({ decision: 'reject', reason: '请补充时间地点' }),
  'secretary/dues.amounts.confirm': () => ({
    text: undefined,
    rows: [
      {
        memberId: WORLD.memberA1,
        base: '3000.01',
        reduction: {
          kind: 'reduced',
          monthly: '10.00',
          approvedBy: '机关党委',
          approvedOn: '2026-03-01',
          reason: '家庭生活困难',
        },
      },
    ],
  }),
}

const actions = (['member', 'secretary', 'admin'] as FunctionName[]).flatMap((fn) =>
  Object.entries(contract[fn] as Record<string, ActionSpec>).map(([action, spec]) => ({ fn, action, spec })),
)

it('places every free-text field of the contract: shared with someone, or why not', () => {
  const unplaced: string[] = []
  for (const { fn, action, spec } of actions) {
    for (const field of new Set(textFields(readField(spec.input).shape).map((p) => p.path.join('.')))) {
      if (!TEXT_PATHS[`${fn}/${action}`]?.[field]) unplaced.push(`${fn}/${action} ${field}`)
    }
  }
  expect(unplaced).toEqual([])
})

it('refuses risky text in every field that reaches another person, and saves nothing', async () => {
  const problems: string[] = []
  let tried = 0
  for (const { fn, action } of actions) {
    const shared = Object.entries(TEXT_PATHS[`${fn}/${action}`] ?? {}).filter(([, path]) => path === 'shared')
    for (const [field] of shared) {
      await restore(cloud, world)
      await setRiskyWords([RISKY_WORD])
      const cell = cellOf(fn, action)
      // 代为记录 is open to members, but only the matrix's member holds a link to record for someone;
      // only the matrix's member recorded the talk a 谈心谈话 correction changes.
      const who =
        (action.startsWith('proxy.') || action.startsWith('talk.')) && fn === 'member'
          ? 'member'
          : cell.allowed.includes('secretary')
            ? 'secretary'
            : cell.allowed.includes('member')
              ? 'member'
              : 'admin'
      const base = (await cell.input(cloud)) as Record<string, unknown>
      const input = clone({ ...base, ...(await VISIBLE[`${fn}/${action}`]?.(cloud)) }) as Json
      setAt(input, field.split('.'), RISKY_TEXT)
      const before = await storeText(cloud)
      const answer = await postRaw(cloud, fn, JSON.stringify({ action, input }), actorFor(cloud, who).openid)
      tried++
      const code = (JSON.parse(answer.text) as { error?: { code: string } }).error?.code
      if (code !== 'CONTENT.RISKY') problems.push(`${fn}/${action} ${field}: ${answer.text.slice(0, 160)}`)
      else if ((await storeText(cloud)) !== before) problems.push(`${fn}/${action} ${field}: refused but saved`)
    }
  }
  expect(problems).toEqual([])
  expect(tried).toBeGreaterThanOrEqual(30)
})
