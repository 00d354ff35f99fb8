/**
 * What the journeys share beyond the browser itself (e2e/browser.ts): asking the cloud what a
 * screen should say, switching 长辈版, checking a screen both ways, finding a button by its words.
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { BASE_URL, noSeriousViolations, onScreen, seen, shot } from './browser'

/** Calls an action as a person, to know what the screens should say (never to act for them). */
export async function ask<T>(openid: string, fn: string, action: string, input: unknown): Promise<T> {
  const res = await fetch(`${BASE_URL}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, input }),
  })
  const body = (await res.json()) as { ok: boolean; data: T }
  assert.ok(body.ok, `${action}: ${JSON.stringify(body)}`)
  return body.data
}

/** 长辈版 on or off, as the person's own setting would (kept in the app's storage), then reload. */
export async function setElder(page: Page, elder: boolean): Promise<void> {
  await page.evaluate(
    (on) => localStorage.setItem('dangjian.display', JSON.stringify({ data: { elder: on, level: 0, decided: true } })),
    elder,
  )
  await page.reload()
}

/**
 * Both faces of a screen: checked with axe as is and in 长辈版, a screenshot of each (named
 * `step` in the journey's folder), scrolled to `focus` (the part of a long screen this step is
 * about); `ready` is the words that say the screen has drawn.
 */
export async function checkBothWays(
  page: Page,
  journey: string,
  screen: string,
  step: string,
  ready: string,
  focus = ready,
): Promise<void> {
  await noSeriousViolations(page, screen)
  await seen(page, focus).scrollIntoViewIfNeeded()
  await shot(page, journey, step)
  await setElder(page, true)
  await seen(page, ready).waitFor()
  await noSeriousViolations(page, screen, true)
  await seen(page, focus).scrollIntoViewIfNeeded()
  await shot(page, journey, `${step}-elder`)
  await setElder(page, false)
  await seen(page, ready).waitFor()
}

/** A button by its exact words (titles and labels may hold the same words). */
export const button = (page: Page, text: string) =>
  onScreen(page)
    .locator('.ui-button', { hasText: new RegExp(`^${text}$`) })
    .filter({ visible: true })
    .first()

/** Opens every month folded shut on the screen (a tap each, on the phone: no call). */
export async function openEveryFold(page: Page): Promise<void> {
  const shut = onScreen(page).locator('.month-fold__head').filter({ visible: true }).filter({ hasText: '展开 ▾' })
  while ((await shut.count()) > 0) await shut.first().click()
}
