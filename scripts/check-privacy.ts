/**
 * `npm run check:privacy` (after `npm run build:weapp`; .ci/run does both): every privacy-scoped
 * API the built mini-program calls is declared in the 用户隐私保护指引 it ships
 * (src/packageMember/pages/privacy/guide.ts) and, for location, in app.json's requiredPrivateInfos; and the
 * consent popup is set up before the first such call (listener at launch, popup on every page).
 * Prints what it found; exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { GUIDE } from '../src/packageMember/pages/privacy/guide'
import { consentProblems, findApiUses, missingRequired, undeclared, type BuiltFile } from './privacy/check'

const root = resolve(__dirname, '..')
const dist = join(root, 'dist')

function jsFiles(dir: string): BuiltFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return jsFiles(path)
    return name.endsWith('.js') ? [{ path: relative(dist, path), text: readFileSync(path, 'utf8') }] : []
  })
}

/** The page modules app.js loads at launch: app.js itself and the chunks it requires. */
function launchCode(files: BuiltFile[]): string {
  const byPath = new Map(files.map((f) => [f.path, f.text]))
  const app = byPath.get('app.js') ?? ''
  const required = [...app.matchAll(/require\(["']\.\/([^"']+?)(?:\.js)?["']\)/g)].map(
    (m) => byPath.get(`${m[1]}.js`) ?? '',
  )
  return [app, ...required].join('\n')
}

/**
 * What puts a page in PageShell: PageShell itself, or ScreenPage — counted only while its own
 * source still wraps its page in PageShell.
 */
function shells(): string[] {
  const screenPage = join(root, 'src', 'components', 'ScreenPage', 'index.tsx')
  const wraps = existsSync(screenPage) && readFileSync(screenPage, 'utf8').includes('<PageShell>')
  return wraps ? ['PageShell', 'ScreenPage'] : ['PageShell']
}

function pagesWithoutShell(pages: string[]): string[] {
  const opening = new RegExp(`<(${shells().join('|')})[\\s>]`)
  return pages.filter((page) => {
    const source = ['tsx', 'ts'].map((ext) => join(root, 'src', `${page}.${ext}`)).find(existsSync)
    return !source || !opening.test(readFileSync(source, 'utf8'))
  })
}

function main(): number {
  if (!existsSync(join(dist, 'app.json'))) {
    console.error('没有找到 dist/app.json：先运行 npm run build:weapp')
    return 1
  }
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: Array<{ root: string; pages: string[] }>
    requiredPrivateInfos?: string[]
    __usePrivacyCheck__?: boolean
  }
  const files = jsFiles(dist)
  const uses = findApiUses(files)
  const guideText = GUIDE.flatMap((s) => [s.title, ...s.paragraphs]).join('\n')
  const pages = [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((pg) => `${p.root}/${pg}`)),
  ]
  const all = files.map((f) => f.text).join('\n')
  const problems = [
    ...undeclared(uses, guideText).map((u) => `${u.api}（${u.category.label}）没有写进用户隐私保护指引`),
    ...missingRequired(uses, appJson.requiredPrivateInfos ?? []).map(
      (api) => `${api} 没有列在 app.json 的 requiredPrivateInfos 中`,
    ),
    ...consentProblems({
      privacyCheck: appJson.__usePrivacyCheck__ === true,
      listensAtLaunch: /onNeedPrivacyAuthorization\s*\)?\s*\(/.test(launchCode(files)),
      agreeButton: all.includes('agreePrivacyAuthorization') && all.includes('agree-privacy'),
      pagesWithoutShell: pagesWithoutShell(pages),
    }),
  ]
  console.log(`隐私接口检查：dist/ 中调用了 ${uses.length} 个隐私接口`)
  for (const u of uses) console.log(`  ${u.api}（${u.category.label}）：${u.files.join('、')}`)
  console.log(
    `  requiredPrivateInfos：${(appJson.requiredPrivateInfos ?? []).join('、') || '无'}；${pages.length} 个页面都带隐私弹窗`,
  )
  for (const p of problems) console.error(`✗ ${p}`)
  console.log(problems.length === 0 ? '✓ 隐私检查通过' : `✗ 隐私检查发现 ${problems.length} 个问题`)
  return problems.length === 0 ? 0 : 1
}

process.exit(main())
