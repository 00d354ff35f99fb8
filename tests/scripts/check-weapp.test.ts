/**
 * `npm run check:weapp`'s core on small files in a temporary folder, run through WeChat's real
 * wcc and wcsc (miniprogram-compiler's Linux binaries); the real dist/ is checked by
 * `npm run check:weapp` after the weapp build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkWeapp, formatProblem, rootSelectors, type CheckReport } from '../../scripts/check-weapp'

let dir: string

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

const check = (): Promise<CheckReport> => checkWeapp({ dist: join(dir, 'dist'), src: join(dir, 'src'), base: dir })
const files = (report: CheckReport) => [...new Set(report.problems.map((p) => p.file))].sort()

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-weapp-'))
  write({
    'dist/app.wxss': '@import "./common.wxss";\n.app{display:flex;gap:.5rem}\n',
    'dist/common.wxss': '.row{display:flex}\n.a:not(.b) > .c::after{content:":root"}\n',
    'dist/pages/home/index.wxss': '@import "../../common.wxss";\n.home{color:var(--c-primary)}\n',
    'dist/pages/home/index.wxml': '<wxs module="u" src="../../utils.wxs"/>\n<view class="home">{{u.up(name)}}</view>\n',
    'dist/utils.wxs': 'module.exports = { up: function (s) { return s.toUpperCase() } }\n',
    'src/app.css': '/* :root is fine in a comment */\npage { --c-primary: #c8102e; }\n',
    'src/h5.css': ':root { --taro-tabbar-height: 3.6rem; }\n',
    'src/services/platform.h5.ts': "import '../h5.css'\n",
  })
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('passes what WeChat accepts, and counts each kind', async () => {
  const report = await check()
  expect(report.problems).toEqual([])
  expect(report.counts).toEqual({ wxml: 1, wxs: 1, wxss: 3, css: 2 })
  expect(report.h5Only).toEqual(['src/h5.css'])
})

it('fails on `*`, a selector list in :is() and @layer, naming each file', async () => {
  write({
    'dist/pages/star/index.wxss': '.a{color:red}\n* { margin: 0 }\n',
    'dist/pages/is/index.wxss': ':is(.a, .b) .c { color: red }\n',
    'src/layer.css': '@layer base { .a { color: red } }\n',
  })
  const report = await check()
  expect(files(report)).toEqual(['dist/pages/is/index.wxss', 'dist/pages/star/index.wxss', 'src/layer.css'])
  expect(report.problems.every((p) => p.compiler === 'wcsc')).toBe(true)
  const star = report.problems.find((p) => p.file === 'dist/pages/star/index.wxss')!
  expect(formatProblem(star)).toBe('✗ dist/pages/star/index.wxss:2:1: unexpected token `*`（wcsc 报错）')
})

it('fails on :root outside an H5-only stylesheet, which wcsc drops without a word', async () => {
  write({ 'src/theme.css': '.a { color: red }\n\n:root { --x: 1 }\n', 'dist/app.wxss': 'html:root{color:red}\n' })
  const report = await check()
  expect(report.problems.map((p) => [p.file, p.compiler, p.message.slice(0, 4)])).toEqual([
    ['dist/app.wxss', 'silent-drop', '1:5:'],
    ['src/theme.css', 'silent-drop', '3:1:'],
  ])
})

it('fails on a broken wxml and a broken wxs, naming each though wcc stops at the first', async () => {
  write({
    'dist/pages/bad/index.wxml': '<view><text>hi</view>\n',
    'dist/pages/worse/index.wxml': '<view>{{ a + }}</view>\n',
    'dist/utils.wxs': 'module.exports = { up: function (s) { return s. } }\n',
  })
  const report = await check()
  // pages/home uses utils.wxs: set aside for its own error, it is not reported "not found" there.
  expect(files(report)).toEqual(['dist/pages/bad/index.wxml', 'dist/pages/worse/index.wxml', 'dist/utils.wxs'])
  expect(report.problems.every((p) => p.compiler === 'wcc')).toBe(true)
  expect(report.problems.find((p) => p.file === 'dist/pages/bad/index.wxml')?.message).toBe(
    '1:16: expect end-tag `text`., near `view`',
  )
})

it('finds :root in selectors only', () => {
  expect(rootSelectors('/* :root */ .a { content: ":root" }\n:root,\n.b:root { }\n.c :root-ish {}')).toEqual([
    '2:1',
    '3:3',
  ])
})
