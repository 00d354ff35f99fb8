/**
 * The admin hub speaks China time and words (issue 23): the clock shown and set in China time, its
 * distance from the real clock in words, every answer rendered for a reader (no epoch
 * milliseconds), and a confirmation before anything is wiped — while the JSON endpoints keep the
 * shapes tests and the journeys use.
 */
import { join } from 'node:path'
import { configFromEnv, loadProject } from '../../localcloud/config'
import type { HubWords } from '../../localcloud/config-types'
import * as client from '../../localcloud/hub-client'
import { BAD_TIME, chinaTimeText, cronText, offsetText, parseInstant } from '../../localcloud/hub-words'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import project from '../../localcloud.config'
import { clockStart } from '../helpers/now'

const at = (iso: string) => Date.parse(iso)
/** 13 digits: an instant in epoch milliseconds, which a reader must never meet. */
const EPOCH_MS = /\b1\d{12}\b/

describe('China time in words', () => {
  it.each([
    ['2026-12-07T14:30:00+08:00', '2026年12月7日 14:30（北京时间）'],
    ['2026-12-06T16:05:59Z', '2026年12月7日 00:05（北京时间）'],
    ['2026-12-31T15:59:00Z', '2026年12月31日 23:59（北京时间）'],
    ['2026-12-31T16:00:00Z', '2027年1月1日 00:00（北京时间）'],
  ])('%s reads %s', (iso, text) => expect(chinaTimeText(at(iso))).toBe(text))

  it.each([
    [0, '与真实时间一致'],
    [29_000, '与真实时间一致'],
    [-29_000, '与真实时间一致'],
    [60_000, '比真实时间快1分钟'],
    [-5 * 60_000, '比真实时间慢5分钟'],
    [2 * 3_600_000, '比真实时间快2小时'],
    [(3 * 24 + 2) * 3_600_000 + 7 * 60_000, '比真实时间快3天2小时'],
    [-(3 * 24 * 3_600_000 + 7 * 60_000), '比真实时间慢3天7分钟'],
    [-400 * 24 * 3_600_000, '比真实时间慢400天'],
  ])('an offset of %i ms reads %s', (ms, text) => expect(offsetText(ms)).toBe(text))

  it.each([
    ['2026-12-07 14:30', '2026-12-07T14:30:00+08:00'],
    ['2026-12-07T14:30', '2026-12-07T14:30:00+08:00'],
    ['  2026-12-07 14:30:15 ', '2026-12-07T14:30:15+08:00'],
    ['2026/12/7 9:05', '2026-12-07T09:05:00+08:00'],
    ['2026年12月7日 14:30', '2026-12-07T14:30:00+08:00'],
    ['2026年12月7日 14:30（北京时间）', '2026-12-07T14:30:00+08:00'],
    ['2026-12-07', '2026-12-07T00:00:00+08:00'],
    ['2026-12-07T14:30:00+08:00', '2026-12-07T14:30:00+08:00'],
    ['2026-12-07T06:30:00.000Z', '2026-12-07T14:30:00+08:00'],
  ])('takes %j as %s', (text, iso) => expect(parseInstant(text)).toBe(at(iso)))

  it('takes milliseconds and null as before, and refuses what is not a time', () => {
    expect(parseInstant(1_796_000_000_000)).toBe(1_796_000_000_000)
    expect(parseInstant(null)).toBeNull()
    for (const bad of [
      '',
      '明天',
      '2026-02-30 10:00',
      '2026-12-07 24:00',
      '2026-13-01',
      'Mon, 07 Dec 2026',
      NaN,
      {},
      true,
    ]) {
      expect([bad, parseInstant(bad)]).toEqual([bad, undefined])
    }
  })

  it.each([
    ['0 * * * * * *', '每分钟'],
    ['0 */10 * * * * *', '每10分钟'],
    ['0 0 9 * * * *', '每天 09:00'],
    ['0 30 18 * * 1 *', '按计划 0 30 18 * * 1 *'],
  ])('a timer %s runs %s', (cron, text) => expect(cronText(cron)).toBe(text))
})

describe("the page's answers in words", () => {
  const words = project.hubWords as HubWords
  const clock = {
    nowText: '2026年12月7日 14:30（北京时间）',
    offsetText: '比真实时间快3天2小时',
    startsAtText: '真实时间',
  }
  /** The reader's part of an answer: what is outside the folded raw JSON. */
  const shown = (html: string) => html.replace(/<details>[\s\S]*?<\/details>/g, '')

  it('gives the clock in China time and its distance in words', () => {
    const html = client.renderClock(clock)
    expect(html).toContain('2026年12月7日 14:30（北京时间）')
    expect(html).toContain('比真实时间快3天2小时')
    expect(html).toContain('回到：真实时间')
  })

  it('counts what the demo loaded in words, with the raw answer folded away', () => {
    const answer = {
      ok: true,
      orgs: 14,
      members: 120,
      now: '2026-12-07T06:30:00.000Z',
      offsetMs: 1_796_000_000_000,
      startsAt: null,
      ...clock,
    }
    const html = client.renderSeed(answer, words)
    expect(shown(html)).toContain('共有组织：14、党员：120。')
    expect(shown(html)).toContain('云端时间：2026年12月7日 14:30（北京时间），比真实时间快3天2小时。')
    expect(shown(html)).not.toMatch(EPOCH_MS)
    expect(html).toContain('<details><summary>查看原始数据（JSON）</summary>')
  })

  it("names each collection by the app's words and counts its records", () => {
    const html = client.renderExport({ members: [{}, {}], orgs: [{}], votes: [] }, words)
    expect(html).toContain('共3个集合、3条记录。')
    expect(html).toMatch(/党员名册与微信绑定<small>members<\/small><\/span><span class="count">2条/)
    expect(html).toContain('空的集合：支部党员大会表决')
    expect(html).toContain('href="/_admin/export"')
  })

  it("says what each timer job did in the app's words, and when a job had nothing to do", () => {
    const outcome = {
      kind: 'result',
      durationMs: 1250,
      coldStartMs: 96,
      result: {
        ok: true,
        data: { 'notify.send': { sent: 3, noQuota: 2, failed: 0 }, 'notify.dues': { branches: 0, planned: 0 } },
      },
    }
    const html = shown(client.renderTimer('timer', 200, outcome, words))
    expect(html).toContain('定时任务 timer 已运行（用时1.3秒，含冷启动）。')
    expect(html).toContain('<b>发送订阅消息</b>：已发送：3、没有授权未发送：2</li>')
    expect(html).toContain('<b>安排党费提醒</b>：这次没有要做的')
  })

  it('says why a timer did not run, in words', () => {
    const crashed = { kind: 'error', errCode: -504002, errMsg: 'functions execute fail: jobs failed: duesBills' }
    expect(client.renderTimer('timer', 502, crashed, words)).toContain(
      '定时任务 timer 运行失败：functions execute fail',
    )
    const refused = {
      kind: 'result',
      durationMs: 5,
      coldStartMs: null,
      result: { ok: false, error: { code: 'X', message: '只能由定时触发器调用' } },
    }
    expect(shown(client.renderTimer('member', 200, refused, words))).toContain('没有运行：只能由定时触发器调用')
    expect(client.renderTimer('nobody', 404, { error: '没有云函数 nobody' }, words)).toContain('没有云函数 nobody')
  })

  it("lists subscribe messages newest first, to people by name, in the template's words and China time", () => {
    const templates = project.subscribeTemplates ?? []
    const activity = templates.find((t) => t.title === '活动提醒')
    expect(activity).toBeDefined()
    const messages = [
      {
        at: at('2026-12-06T18:00:00+08:00'),
        touser: 'oA',
        templateId: activity!.id,
        data: { thing1: { value: '主题党日' } },
        outcome: 'sent' as const,
      },
      {
        at: at('2026-12-07T09:00:00+08:00'),
        touser: 'oB',
        templateId: activity!.id,
        data: { thing1: { value: '党课' } },
        outcome: { errCode: 43101, errMsg: 'user refuse to accept the msg' },
      },
    ]
    const html = client.renderMessages(messages, [{ openid: 'oA', name: '王秀英' }], templates)
    expect(html).toContain('共2条，已送达1条（新的在前）。')
    expect(html.indexOf('2026年12月7日 09:00')).toBeLessThan(html.indexOf('2026年12月6日 18:00'))
    expect(html).toContain('<b>活动提醒</b> · 发给王秀英 · 2026年12月6日 18:00 · <span class="good">已送达</span>')
    expect(html).toContain('发给未知用户')
    expect(html).toContain('未送达：user refuse to accept the msg（43101）')
    expect(html).toContain('<li>活动名称：主题党日</li>')
    expect(html).not.toMatch(EPOCH_MS)
    expect(client.renderMessages([], [], templates)).toContain('还没有发出订阅消息')
  })

  it('groups the demo people by role in words, and escapes what they are called', () => {
    const html = client.renderIdentities(
      [
        { name: '张<三>', role: 'member', branchName: '第一支部' },
        { name: '李书记', role: 'secretary', branchName: '第一支部', duty: '书记' },
        { name: '王', role: 'member' },
      ],
      words,
    )
    expect(html).toContain('<h3>支部书记和支委（1人）</h3><ul><li>李书记 · 第一支部 · 书记</li></ul>')
    expect(html).toContain('<h3>党员（2人）</h3><ul><li>张&lt;三&gt; · 第一支部</li><li>王</li></ul>')
    expect(html.indexOf('支部书记和支委')).toBeLessThan(html.indexOf('党员（'))
  })
})

describe('the hub on a running cloud', () => {
  let cloud: LocalCloud
  beforeAll(async () => {
    const hello = loadProject(join(__dirname, '../fixtures/hello-project/localcloud.config.ts'))
    cloud = await startLocalCloud({
      ...configFromEnv(hello, {}),
      port: 0,
      dataDir: null,
      realTimers: false,
      startAt: clockStart(),
    })
  })
  afterAll(() => cloud.close())

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${cloud.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: res.status, json: (await res.json()) as Record<string, unknown> }
  }

  it('sets the clock from China time and answers in the same shape, with words beside it', async () => {
    const { status, json } = await post('/_admin/clock', { now: '2026-12-07 14:30' })
    expect(status).toBe(200)
    expect(json).toMatchObject({
      now: expect.stringMatching(/^2026-12-07T06:3\d:\d\d\.\d{3}Z$/),
      offsetMs: expect.any(Number),
      startsAt: new Date(clockStart()).toISOString(),
      nowText: '2026年12月7日 14:30（北京时间）',
      offsetText: expect.stringMatching(/^(比真实时间[快慢]\S+|与真实时间一致)$/),
      startsAtText: chinaTimeText(clockStart()),
    })
    const read = (await (await fetch(`${cloud.url}/_admin/clock`)).json()) as Record<string, unknown>
    expect(read.nowText).toBe('2026年12月7日 14:30（北京时间）')
    expect(Date.parse(read.now as string)).toBeGreaterThanOrEqual(at('2026-12-07T14:30:00+08:00'))
  })

  it('refuses a time it cannot read, saying how to write one, and keeps the clock', async () => {
    const before = cloud.clock.offset
    const { status, json } = await post('/_admin/clock', { now: '12月7日下午' })
    expect([status, json]).toEqual([400, { error: BAD_TIME }])
    expect(Math.abs(cloud.clock.offset - before)).toBeLessThan(1000)
    await post('/_admin/clock', { now: null })
  })

  it("moves the clock to the demo's next moment at one tap, saying what happens then", async () => {
    await post('/_admin/clock', { now: '2026-12-07 03:00' })
    const { status, json } = await post('/_admin/clock/next', {})
    expect(status).toBe(200)
    expect(json).toMatchObject({ nowText: '2026年12月8日 09:00（北京时间）', what: '明天的问候' })
    expect(client.renderNextMoment(json as never)).toBe(
      '<p class="done">云端时间已调到 2026年12月8日 09:00（北京时间）：明天的问候。</p>',
    )
    const asked = (await (await fetch(`${cloud.url}/_admin/clock/next`)).json()) as Record<string, unknown>
    expect(asked).toMatchObject({ atText: '2026年12月9日 09:00（北京时间）', nowText: json.nowText })
    const page = await (await fetch(`${cloud.url}/_admin`)).text()
    expect(page).toContain('data-act="clock-next"')
    await post('/_admin/clock', { now: null })
  })

  it('serves a page in China time and words, asking before it wipes anything', async () => {
    const page = await (await fetch(`${cloud.url}/_admin`)).text()
    expect(page).toContain('<h1>Hello · 本地云管理</h1>')
    expect(page).toContain('拨到（北京时间）')
    expect(page).toContain('placeholder="2026-12-07 14:30"')
    // 重置 and 清空 ask first, in the page's own dialog (not window.confirm).
    expect(page).toMatch(/<dialog id="confirm"[\s\S]*<button value="no" autofocus>取消<\/button>/)
    expect(page).toContain("'重置并载入演示数据？'")
    expect(page).toContain("'清空所有数据？'")
    expect(page).not.toContain('window.confirm')
    // The answers are rendered in words; the page never prints an endpoint's JSON as it is.
    expect(page).not.toMatch(/textContent\s*=\s*JSON\.stringify/)
    expect(page).toContain('function renderTimer(')
    // Large type for an older reader.
    expect(page).toMatch(/body\{font:20px/)
  })
})
