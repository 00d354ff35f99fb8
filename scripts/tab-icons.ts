/**
 * `npx tsx scripts/tab-icons.ts`: draws the tab bar's icons (81×81 PNG, WeChat's recommended
 * size; grey and party red) from the line drawings below, with Debian's Chromium. The PNGs are
 * committed in src/assets/tab/; run this again only when a drawing changes.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM } from '../e2e/browser'

const OUT = join(__dirname, '..', 'src', 'assets', 'tab')
const COLORS = { off: '#595959', on: '#c8102e' } as const

/** 24×24 line drawings, stroked in the tab's colour. */
const ICONS: Record<string, string> = {
  home: '<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 10v9.5h5v-5.5h3v5.5h5V10"/>',
  study:
    '<path d="M4 5.5c2.8-1 5.5-.8 8 .8v13c-2.5-1.6-5.2-1.8-8-.8z"/><path d="M20 5.5c-2.8-1-5.5-.8-8 .8v13c2.5-1.6 5.2-1.8 8-.8z"/>',
  activities:
    '<rect x="4" y="5.5" width="16" height="14.5" rx="2"/><path d="M4 10h16M8.5 3.5v4M15.5 3.5v4"/><path d="m9 14.8 2 2 4-4"/>',
  me: '<circle cx="12" cy="8.5" r="3.8"/><path d="M4.5 20c.8-4 3.8-6 7.5-6s6.7 2 7.5 6"/>',
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] })
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
  for (const [name, drawing] of Object.entries(ICONS)) {
    for (const [state, color] of Object.entries(COLORS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="81" height="81" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${drawing}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const file = join(OUT, `${name}${state === 'on' ? '-on' : ''}.png`)
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
      console.log(file)
    }
  }
  await browser.close()
}

void main()
