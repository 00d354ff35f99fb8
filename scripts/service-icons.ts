/**
 * `npx tsx scripts/service-icons.ts`: writes the officers' service-grid icons (支部管理, 机关党委)
 * as small SVG files, one line-icon set in the party red drawn the way the tab bar's are
 * (scripts/tab-icons.ts: 24×24 line drawings, round caps, 1.8 stroke). Each subpackage gets its
 * own copy of the icons it shows (src/packageSecretary/icons, src/packageAdmin/icons), so that
 * they count against that subpackage and never against the main package. Webpack inlines files
 * under 2 KB into the page that imports them; WeChat's <image> draws SVG (no <style>, no % units).
 * The files are committed; run this again only when a drawing changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const RED = '#c8102e'

/** 24×24 line drawings, stroked in the party red. */
export const SERVICE_ICONS: Record<string, string> = {
  leave: '<rect x="4" y="5.5" width="16" height="14.5" rx="2"/><path d="M4 10h16M8.5 3.5v4M15.5 3.5v4M9 15h6"/>',
  review: '<path d="M6 3.5h8l4 4v13H6z"/><path d="M14 3.5v4h4"/><path d="m9 14 2 2 4-4"/>',
  dues: '<circle cx="12" cy="12" r="8.5"/><path d="m9 7.5 3 4 3-4M8.5 12h7M8.5 15h7M12 11.5V18"/>',
  notices: '<path d="M4 10v4h3l6 4V6l-6 4z"/><path d="M16.5 9a4 4 0 0 1 0 6M19 6.5a7.5 7.5 0 0 1 0 11"/>',
  schedule:
    '<rect x="4" y="5.5" width="16" height="14.5" rx="2"/><path d="M4 10h16M8.5 3.5v4M15.5 3.5v4M12 12.5v5M9.5 15h5"/>',
  proxy:
    '<circle cx="9" cy="8" r="3.2"/><path d="M3.5 19.5c.6-3.3 2.8-5.2 5.5-5.2 1.3 0 2.5.4 3.4 1.2"/><path d="m14 20 .5-2.5 5-5 2 2-5 5z"/>',
  orglife:
    '<circle cx="12" cy="7" r="2.6"/><circle cx="5.5" cy="10" r="2.1"/><circle cx="18.5" cy="10" r="2.1"/><path d="M3 19.5h18M7 16.5c.8-2.3 2.8-3.5 5-3.5s4.2 1.2 5 3.5"/>',
  talks:
    '<path d="M4 5h10a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 14 14H9l-3.5 3v-3H4a1.5 1.5 0 0 1-1.5-1.5v-6A1.5 1.5 0 0 1 4 5z"/><path d="M18.5 9H20a1.5 1.5 0 0 1 1.5 1.5v6A1.5 1.5 0 0 1 20 18h-1v2.5L16 18h-3.5a1.5 1.5 0 0 1-1.5-1.5V16"/>',
  appraisal:
    '<rect x="5" y="4.5" width="14" height="16" rx="2"/><path d="M9 3h6v3H9z"/><path d="m12 9.3 1.2 2.4 2.6.4-1.9 1.8.5 2.6-2.4-1.2-2.4 1.2.5-2.6-1.9-1.8 2.6-.4z"/>',
  study:
    '<path d="M4 5.5c2.8-1 5.5-.8 8 .8v13c-2.5-1.6-5.2-1.8-8-.8z"/><path d="M20 5.5c-2.8-1-5.5-.8-8 .8v13c2.5-1.6 5.2-1.8 8-.8z"/>',
  quiz: '<circle cx="12" cy="12" r="8.5"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 16.8v.2"/>',
  members:
    '<circle cx="9" cy="8.5" r="3.2"/><path d="M3 19.5c.7-3.4 3-5.3 6-5.3s5.3 1.9 6 5.3"/><path d="M15.5 5.6a3.2 3.2 0 0 1 0 5.8M17.5 14.6c1.8.7 3 2.4 3.5 4.9"/>',
  develop:
    '<circle cx="10" cy="8.5" r="3.5"/><path d="M3.5 20c.7-3.6 3.2-5.7 6.5-5.7 1.6 0 3 .5 4.1 1.4"/><path d="M18.5 13v6M15.5 16h6"/>',
  transfer: '<path d="M4 8.5h14M14.5 5 18 8.5 14.5 12"/><path d="M20 15.5H6M9.5 12 6 15.5 9.5 19"/>',
  touch:
    '<circle cx="10" cy="8.5" r="3.5"/><path d="M3.5 20c.7-3.6 3.2-5.7 6.5-5.7"/><path d="M15.8 13.2a2.2 2.2 0 1 1 3 2c-.5.2-.8.7-.8 1.2v.3M18 19.8v.2"/>',
  attendance: '<path d="M4 20h16M7 17v-4M12 17V7M17 17v-7"/>',
  history: '<path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9"/><path d="M4.5 4.5V9H9M12 8v4.5l3 2"/>',
  ledger: '<rect x="5" y="3.5" width="14" height="17" rx="1.5"/><path d="M9 3.5v17M11.5 8h5M11.5 11.5h5M11.5 15h3"/>',
  compliance:
    '<path d="m4 6.5 1.5 1.5L8.5 5M4 12.5 5.5 14l3-3M4 18.5 5.5 20l3-3M11.5 6.5H20M11.5 12.5H20M11.5 18.5H20"/>',
  export:
    '<path d="M12 4v11M7.5 10.5 12 15l4.5-4.5"/><path d="M4.5 15.5v3A1.5 1.5 0 0 0 6 20h12a1.5 1.5 0 0 0 1.5-1.5v-3"/>',
  org: '<rect x="9" y="3.5" width="6" height="4.5" rx="1"/><rect x="3" y="16" width="6" height="4.5" rx="1"/><rect x="15" y="16" width="6" height="4.5" rx="1"/><path d="M12 8v4M6 16v-4h12v4"/>',
  import:
    '<path d="M12 15V4M7.5 8.5 12 4l4.5 4.5"/><path d="M4.5 15.5v3A1.5 1.5 0 0 0 6 20h12a1.5 1.5 0 0 0 1.5-1.5v-3"/>',
  audit:
    '<path d="M12.5 20.5H6A1.5 1.5 0 0 1 4.5 19V5A1.5 1.5 0 0 1 6 3.5h9L18.5 7v3.5"/><path d="M8 8.5h6M8 12h4"/><circle cx="16" cy="16" r="3"/><path d="m18.2 18.2 2.3 2.3"/>',
  stats: '<path d="M11 4a8.5 8.5 0 1 0 9 9h-9z"/><path d="M14 3.3a7.5 7.5 0 0 1 6.7 6.7H14z"/>',
  rectify: '<rect x="4" y="4" width="16" height="16" rx="2"/><path d="m8 12 3 3 5-6"/>',
}

/** Which icons each subpackage's grid shows. */
export const ICONS_BY_PACKAGE: Record<string, string[]> = {
  packageSecretary: [
    'leave',
    'review',
    'dues',
    'notices',
    'schedule',
    'proxy',
    'orglife',
    'talks',
    'appraisal',
    'study',
    'quiz',
    'members',
    'develop',
    'transfer',
    'touch',
    'attendance',
    'history',
    'ledger',
  ],
  packageAdmin: [
    'develop',
    'attendance',
    'compliance',
    'export',
    'appraisal',
    'org',
    'import',
    'audit',
    'dues',
    'study',
    'quiz',
    'talks',
    'rectify',
    'notices',
    'transfer',
    'stats',
  ],
}

export function svgOf(drawing: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="${RED}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${drawing}</svg>\n`
}

function main(): void {
  for (const [pkg, names] of Object.entries(ICONS_BY_PACKAGE)) {
    const out = join(__dirname, '..', 'src', pkg, 'icons')
    mkdirSync(out, { recursive: true })
    for (const name of names) {
      const file = join(out, `${name}.svg`)
      writeFileSync(file, svgOf(SERVICE_ICONS[name]))
      console.log(file)
    }
  }
}

if (require.main === module) main()
