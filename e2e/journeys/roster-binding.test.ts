/**
 * From roster to a bound member (issue 3): the party office imports a roster, fixing the one
 * bad row the preview points out; the branch secretary hands out binding codes; a new member
 * binds on a fresh phone and lands on 首页; wrong codes run out after five tries.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  axeViolations,
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  type Identity,
  type Session,
  noSeriousViolations,
} from '../browser'

const JOURNEY = 'roster-binding'
const BRANCH = '机关第二党支部'
const FIRST = '司马晓雯'
const SECOND = '端木立新'
const HEADER = '姓名,支部,身份,支委分工,入党日期,预备党员,党费类别,党费基数（元）'
const roster = (thirdBranch: string) =>
  [
    HEADER,
    `${FIRST},${BRANCH},党员,,2015-07-01,否,在职,6500`,
    `${SECOND},${BRANCH},党员,,2025-06-20,是,在职,5200.50`,
    `公孙明,${thirdBranch},党员,,2020-05-04,否,在职,4800`,
  ].join('\n')

const people: Identity[] = []
const codes = new Map<string, string>()
const browsers: Session[] = []

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

/** A WeChat user who has never opened the app: `o` + 27 characters, as WeChat makes them. */
const newOpenid = () => 'o' + randomBytes(27).toString('base64url').slice(0, 27)

/** Clicks 绑定 and waits for the cloud's answer, so that each try is counted once. */
async function tryBinding(page: Page, name: string, code: string): Promise<void> {
  await page.locator('input[placeholder="与党员名册上的姓名一致"]').fill(name)
  await page.locator('input[placeholder="支部书记给您的6位数字"]').fill(code)
  await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/fn/member') && (r.request().postData() ?? '').includes('binding.bind'),
    ),
    page.locator('.ui-button', { hasText: /^绑定$/ }).click(),
  ])
}

before(async () => {
  await hub('seed', {})
  people.push(...(await identities()))
})
after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the party office imports a roster only once its bad row is fixed', async () => {
  const admin = people.find((p) => p.role === 'admin')
  assert.ok(admin)
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/import/index')
  await seen(page, '方式一：粘贴').waitFor()
  await shot(page, JOURNEY, '1-import-empty')

  const box = onScreen(page).locator('textarea').filter({ visible: true })
  await box.fill(roster('不存在的党支部'))
  await seen(page, '检查名册', true).click()
  await seen(page, '共3行，1行有问题').waitFor()
  await seen(page, '第4行 · 公孙明 · 不存在的党支部').waitFor()
  await seen(page, '✗ 没有名为“不存在的党支部”的支部').waitFor()
  const blocked = page.locator('taro-button-core', { hasText: '导入（有问题，不能导入）' })
  assert.equal(await blocked.getAttribute('disabled'), '')
  assert.match((await blocked.getAttribute('class')) ?? '', /ui-button--disabled/)
  await noSeriousViolations(page, '名册导入')
  await seen(page, '共3行，1行有问题').scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '2-import-problem')

  await box.fill(roster(BRANCH))
  await seen(page, '检查名册', true).click()
  await seen(page, '共3行，都没有问题，可以导入').scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '3-import-clean')
  await seen(page, '导入3人', true).click()
  await seen(page, '已导入3人').waitFor()
  await shot(page, JOURNEY, '4-imported')
})

test('the branch secretary finds the new members unbound and hands out codes', async () => {
  const secretary = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记')
  assert.ok(secretary)
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/members/index')
  const card = (name: string) => onScreen(page).locator('.ui-card').filter({ hasText: name }).filter({ visible: true })
  await card(FIRST).getByText('○ 未绑定 · 未发码').waitFor()
  await card(SECOND).getByText('预备党员').waitFor()
  await noSeriousViolations(page, '成员')
  await shot(page, JOURNEY, '5-members-unbound')

  for (const [index, name] of [FIRST, SECOND].entries()) {
    await card(name).getByText('生成绑定码', { exact: true }).click()
    await seen(page, `${name}的绑定码`).waitFor()
    const code = (
      (await onScreen(page).locator('.code-reveal__code').filter({ visible: true }).textContent()) ?? ''
    ).trim()
    assert.match(code, /^\d{6}$/)
    codes.set(name, code)
    await seen(page, /^有效至\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（7天）$/).waitFor()
    await shot(page, JOURNEY, `${6 + index}-code-${index + 1}`)
    await seen(page, '我已记下，关闭').click()
    await card(name)
      .getByText(/绑定码有效至/)
      .waitFor()
    assert.equal(await page.locator('.code-reveal__code').count(), 0)
  }
})

test('a new member binds with name and code on a fresh phone and lands on 首页', async () => {
  const page = await browser()
  await openAs(page, newOpenid())
  // A new phone opens on 首页, which offers 绑定 (the tab bar stays).
  await seen(page, '请先绑定党员身份').waitFor()
  await seen(page, '去绑定', true).click()
  await seen(page, '绑定码（6位数字）').waitFor()
  assert.match(page.url(), /pages\/bind/)
  await noSeriousViolations(page, '绑定')
  await shot(page, JOURNEY, '8-bind')
  await seen(page, '未开启，点此开启').click()
  await seen(page, '已开启，点此关闭').waitFor()
  const elder = (await axeViolations(page, { elder: true })).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  assert.deepEqual(elder, [], `绑定 in 长辈版: ${JSON.stringify(elder)}`)
  await shot(page, JOURNEY, '8-bind-elder')
  await seen(page, '已开启，点此关闭').click()

  await tryBinding(page, FIRST, codes.get(FIRST) ?? '')
  await seen(page, `${FIRST}，您好`).waitFor()
  await seen(page, BRANCH).waitFor()
  assert.match(page.url(), /pages\/home/)
  await shot(page, JOURNEY, '9-bound-home')
})

test('five wrong codes lock the code, and then the right one fails too', async () => {
  const page = await browser()
  await openAs(page, newOpenid(), 'pages/bind/index')
  await seen(page, '绑定码（6位数字）').waitFor()
  const right = codes.get(SECOND) ?? ''
  const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')

  for (let left = 4; left >= 1; left -= 1) {
    await tryBinding(page, SECOND, wrong)
    await seen(page, `✗ 姓名或绑定码不对，还可以再试${left}次`).waitFor()
  }
  await shot(page, JOURNEY, '10-wrong-code')
  const locked = '✗ 绑定码输错次数太多，已经失效，请向支部书记重新索取'
  await tryBinding(page, SECOND, wrong)
  await seen(page, locked).waitFor()
  await shot(page, JOURNEY, '11-locked')

  await tryBinding(page, SECOND, right)
  await seen(page, locked).waitFor()
  assert.match(page.url(), /pages\/bind/)
  await shot(page, JOURNEY, '12-right-code-after-lock')
})

test('the secretary sees who has bound and whose code is locked', async () => {
  const page = browsers[1].page
  await page.reload()
  const card = (name: string) => onScreen(page).locator('.ui-card').filter({ hasText: name }).filter({ visible: true })
  await card(FIRST).getByText('✓ 已绑定微信').waitFor()
  await card(SECOND).getByText('○ 未绑定 · 绑定码已锁定（输错次数太多）').waitFor()
  await shot(page, JOURNEY, '13-members-after')
})
