/**
 * What the elder tour measures on a screen: every visible text node's computed size and line
 * height (PRODUCT.md §8: main text ≥ 18 px, line height ≥ 1.3 in 长辈版), and the contact sheet
 * that puts every screenshot on one page.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

export interface TextProblem {
  text: string
  sizePx: number
  lineRatio: number | null
}

/**
 * Visible text of the app itself: the H5-only demo switcher and Taro's H5 tab bar (WeChat draws
 * its own, natively, in the mini-program) are not part of a screen's text.
 */
export async function smallText(page: Page, minPx: number, minLine: number): Promise<TextProblem[]> {
  return page.evaluate(
    ([min, line]) => {
      const skip = '.identity-fab, .identity-panel, .taro-tabbar__tabbar, .weui-tabbar'
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const out: Array<{ text: string; sizePx: number; lineRatio: number | null }> = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim()
        const element = node.parentElement
        if (!text || !element || element.closest(skip)) continue
        if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
        const rect = element.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0) continue
        const style = getComputedStyle(element)
        const size = parseFloat(style.fontSize)
        const lh = parseFloat(style.lineHeight)
        const ratio = Number.isNaN(lh) ? null : lh / size
        if (size < min || (ratio !== null && ratio < line - 0.001) || ratio === null) {
          out.push({
            text: text.slice(0, 30),
            sizePx: Math.round(size * 10) / 10,
            lineRatio: ratio && Math.round(ratio * 100) / 100,
          })
        }
      }
      return out
    },
    [minPx, minLine] as const,
  )
}

export interface SheetRow {
  route: string
  title: string
  who: string
  standard: string
  elder: string
  problems: string[]
}

/** One HTML page with every screen in both themes, labelled, for a reviewer to see at a glance. */
export function writeContactSheet(dir: string, rows: SheetRow[], when: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const cells = rows
    .map(
      (r) => `<section><h2>${esc(r.title)} <small>${esc(r.route)} · ${esc(r.who)}</small></h2>
<div class="pair"><figure><img src="${r.standard}" loading="lazy"><figcaption>标准版</figcaption></figure>
<figure><img src="${r.elder}" loading="lazy"><figcaption>长辈版</figcaption></figure></div>
${r.problems.length ? `<ul class="bad">${r.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '<p class="ok">✓ 长辈版检查通过</p>'}</section>`,
    )
    .join('\n')
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>党建助手：每个页面的标准版与长辈版</title>
<style>body{font:16px/1.5 sans-serif;margin:16px;background:#f4f4f4}section{display:inline-block;vertical-align:top;width:520px;margin:8px;padding:8px;background:#fff;border:1px solid #ccc}
h2{font-size:16px;margin:0 0 8px}small{color:#595959;font-weight:400}.pair{display:flex;gap:8px}figure{margin:0;width:250px;max-height:1200px;overflow-y:auto}
img{width:250px;border:1px solid #ddd}figcaption{text-align:center}.bad{color:#b00020}.ok{color:#1b5e20}</style>
<h1>党建助手：${rows.length}个页面，标准版与长辈版（${esc(when)}）</h1>
${cells}</html>`
  const file = join(dir, 'index.html')
  writeFileSync(file, html)
  return file
}
