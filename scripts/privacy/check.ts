/**
 * The privacy build check (PRODUCT.md §9), as pure functions over a built weapp: which
 * privacy-scoped APIs the code calls, whether the 用户隐私保护指引 the app ships declares each
 * one's category, whether app.json lists the location ones in requiredPrivateInfos, and whether
 * the consent popup is in place before the first call can happen.
 */
import { PRIVACY_CATEGORIES, type PrivacyCategory } from './apis'

export interface BuiltFile {
  path: string
  text: string
}

export interface ApiUse {
  api: string
  category: PrivacyCategory
  files: string[]
}

const API_INDEX = new Map(PRIVACY_CATEGORIES.flatMap((c) => c.apis.map((api) => [api, c] as const)))

/**
 * Calls as the bundler leaves them: `x.getLocation(`, `x["getLocation"](`, `(0,x.getLocation)(`.
 * Taro's runtime lists every API name as a string to wrap it, which is not a call.
 */
export function findApiUses(files: BuiltFile[]): ApiUse[] {
  const found = new Map<string, ApiUse>()
  const names = [...API_INDEX.keys()].join('|')
  const call = new RegExp(`(?:\\.(${names})|\\[["'](${names})["']\\])\\)?\\s*\\(`, 'g')
  for (const file of files) {
    for (const match of file.text.matchAll(call)) {
      const api = match[1] ?? match[2]
      const category = API_INDEX.get(api)
      if (!category) continue
      const use = found.get(api) ?? { api, category, files: [] }
      if (!use.files.includes(file.path)) use.files.push(file.path)
      found.set(api, use)
    }
  }
  return [...found.values()].sort((a, b) => a.api.localeCompare(b.api))
}

/** Categories used but not declared by any of their words in the guide's text. */
export function undeclared(uses: ApiUse[], guideText: string): ApiUse[] {
  return uses.filter((u) => !u.category.words.some((w) => guideText.includes(w)))
}

/** Location APIs called but missing from app.json's requiredPrivateInfos. */
export function missingRequired(uses: ApiUse[], requiredPrivateInfos: string[]): string[] {
  return uses.filter((u) => u.category.requiredPrivateInfos && !requiredPrivateInfos.includes(u.api)).map((u) => u.api)
}

export interface ConsentFacts {
  /** app.json's `__usePrivacyCheck__`. */
  privacyCheck: boolean
  /** The code app.js runs at launch registers wx.onNeedPrivacyAuthorization. */
  listensAtLaunch: boolean
  /** The popup's button: open-type agreePrivacyAuthorization, with an id. */
  agreeButton: boolean
  /** Pages that do not render the page shell that hosts the popup. */
  pagesWithoutShell: string[]
}

export function consentProblems(facts: ConsentFacts): string[] {
  const problems: string[] = []
  if (!facts.privacyCheck) problems.push('app.json 没有 "__usePrivacyCheck__": true')
  if (!facts.listensAtLaunch) problems.push('启动时没有注册 wx.onNeedPrivacyAuthorization')
  if (!facts.agreeButton) problems.push('没有 open-type="agreePrivacyAuthorization" 且带 id 的同意按钮')
  for (const page of facts.pagesWithoutShell) problems.push(`页面 ${page} 没有使用 PageShell（隐私弹窗挂在它上面）`)
  return problems
}
