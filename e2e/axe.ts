/** Accessibility checks of a screen in the browser: WCAG 2.2 AA as axe-core checks it. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: number
  /** Where the first few offending elements are, and why (axe's own summary), to read in a failure. */
  where: string[]
}

/** WCAG 2.2 AA as axe-core checks it; in 长辈版, targets must be at least 60 px. */
export async function axeViolations(page: Page, options: { elder?: boolean } = {}): Promise<AxeViolation[]> {
  await page.evaluate(AXE)
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; the page
  // has no such helper, so give it one that does nothing.
  await page.evaluate('window.__name = window.__name || ((f) => f)')
  return page.evaluate(async (elder) => {
    type Axe = {
      configure(spec: unknown): void
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: Array<{
          id: string
          impact: string | null
          help: string
          nodes: Array<{ target: unknown[]; failureSummary?: string }>
        }>
      }>
    }
    const axe = (window as unknown as { axe: Axe }).axe
    if (elder) axe.configure({ checks: [{ id: 'target-size', options: { minSize: 60 } }] })
    // A screen is judged at rest: contrast read half-way through a toast's fade or a sheet's
    // slide is not what a person sees. Wait for every finite animation and transition to end;
    // if one started while axe ran (a toast fading out), judge the screen again once it has.
    const finite = () =>
      document.getAnimations().filter((a) => {
        const end = a.effect?.getComputedTiming().endTime
        return a.playState === 'running' && typeof end === 'number' && Number.isFinite(end)
      })
    const settle = async () => {
      for (let running = finite(); running.length > 0; running = finite()) {
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)))
      }
    }
    let moved = false
    const onMove = () => {
      moved = true
    }
    const events = ['transitionstart', 'animationstart'] as const
    for (const e of events) document.addEventListener(e, onMove, true)
    try {
      for (let attempt = 0; ; attempt += 1) {
        await settle()
        moved = false
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          rules: { 'target-size': { enabled: true } },
        })
        if ((!moved && finite().length === 0) || attempt === 3) return summarise(result.violations)
      }
    } finally {
      for (const e of events) document.removeEventListener(e, onMove, true)
    }

    function summarise(violations: Awaited<ReturnType<Axe['run']>>['violations']) {
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        where: v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }))
    }
  }, options.elder ?? false)
}

/** Fails the step when axe finds a serious or critical violation on the screen, saying where. */
export async function noSeriousViolations(page: Page, screen: string, elder = false): Promise<void> {
  const serious = (await axeViolations(page, { elder })).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  assert.deepEqual(serious, [], `${screen}${elder ? '（长辈版）' : ''}: ${JSON.stringify(serious)}`)
}
