/**
 * Rules WeChat drops without a word, for `npm run check:weapp` (scripts/check-weapp.ts): `wcsc`
 * turns `:root {…}` into `{…}` (and `html:root` into `html`), so a `:root` selector is allowed only
 * in an H5-only stylesheet (named *.h5.css, or imported only from *.h5.ts(x) modules, which the
 * weapp build never loads: src/h5.css today).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { walk } from './walk'

/** Comments and strings blanked (same length, newlines kept), so offsets still give lines. */
function blankCommentsAndStrings(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\/|"(?:\\[\s\S]|[^"\\\n])*"|'(?:\\[\s\S]|[^'\\\n])*'/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  )
}

/** Each `:root` in a selector (not in a declaration, comment or string), as `line:col`. */
export function rootSelectors(css: string): string[] {
  const text = blankCommentsAndStrings(css)
  const found: string[] = []
  let start = 0 // where the current prelude (selector or at-rule) began
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{') {
      const prelude = text.slice(start, i)
      for (const m of prelude.matchAll(/:root(?![\w-])/gi)) {
        const offset = start + (m.index ?? 0)
        const before = text.slice(0, offset)
        const line = before.split('\n').length
        found.push(`${line}:${offset - before.lastIndexOf('\n')}`)
      }
    }
    if (c === '{' || c === '}' || c === ';') start = i + 1
  }
  return found
}

function importedCss(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+\.css)['"]/gm)].map((m) => m[1])
}

/**
 * The stylesheets under `src` the weapp build never loads: named *.h5.css, or imported only by
 * *.h5.ts(x) modules (Taro builds those for H5 alone). Paths relative to `src`.
 */
export function h5OnlyStylesheets(src: string): string[] {
  const importers = new Map<string, string[]>()
  for (const file of walk(src, (f) => /\.(ts|tsx|js|jsx)$/.test(f))) {
    for (const spec of importedCss(readFileSync(join(src, file), 'utf8'))) {
      const target = spec.startsWith('@/')
        ? spec.slice(2)
        : spec.startsWith('.')
          ? relative(src, resolve(src, dirname(file), spec))
          : undefined
      if (target === undefined) continue
      const key = target.split(sep).join('/')
      importers.set(key, [...(importers.get(key) ?? []), file])
    }
  }
  return walk(src, (f) => f.endsWith('.css')).filter((css) => {
    if (/\.h5\.css$/.test(css)) return true
    const by = importers.get(css) ?? []
    return by.length > 0 && by.every((f) => /\.h5\.(ts|tsx|js|jsx)$/.test(f))
  })
}
