/**
 * Where the host's view layer lays out an element it is asked the size of (SelectorQuery's
 * `size`, a canvas's node): its inline `width`/`height` when given, else the declarations of the
 * built stylesheets (dist/**\/*.wxss) for its classes, `.a .b` rules matched against its
 * ancestors. Lengths: px, rpx (750 to the window's width), rem (the page's root font size) and a
 * percentage of the page's content box (the window less the page's 1rem padding each side,
 * `.app-page` in src/app.css). Not a layout engine: enough to give a canvas the size a phone
 * would give it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WeappNode } from './tree'

interface Rule {
  /** Compound selectors, outermost first; each a list of classes. */
  parts: string[][]
  decls: Map<string, string>
  order: number
}

const sheets = new Map<string, Rule[]>()

function rulesOf(dist: string): Rule[] {
  const cached = sheets.get(dist)
  if (cached) return cached
  const rules: Rule[] = []
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.wxss')).sort()
  for (const file of files) {
    const text = readFileSync(join(dist, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    for (const m of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      const decls = new Map<string, string>()
      for (const d of m[2].split(';')) {
        const i = d.indexOf(':')
        if (i > 0) decls.set(d.slice(0, i).trim(), d.slice(i + 1).trim())
      }
      if (!decls.has('width') && !decls.has('height')) continue
      for (const selector of m[1].split(',')) {
        const parts = selector.trim().split(/\s+/)
        if (!parts.every((p) => /^(\.[\w-]+)+$/.test(p))) continue
        rules.push({ parts: parts.map((p) => p.slice(1).split('.')), decls, order: rules.length })
      }
    }
  }
  sheets.set(dist, rules)
  return rules
}

function fits(node: WeappNode, classes: string[]): boolean {
  return classes.every((c) => node.classes.includes(c))
}

function ruleMatches(node: WeappNode, rule: Rule): boolean {
  const parts = [...rule.parts]
  if (!fits(node, parts.pop()!)) return false
  let at = node.parent
  while (parts.length && at) {
    if (fits(at, parts[parts.length - 1])) parts.pop()
    at = at.parent
  }
  return parts.length === 0
}

function inlineStyle(style: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of style.split(';')) {
    const i = d.indexOf(':')
    if (i > 0) out.set(d.slice(0, i).trim(), d.slice(i + 1).trim())
  }
  return out
}

export interface Screen {
  windowWidth: number
  /** The page's root font size in px (rem). */
  rootPx: number
}

function length(value: string | undefined, screen: Screen, whole: number): number | null {
  if (!value) return null
  const m = /^(-?\d*\.?\d+)(px|rpx|rem|%)$/.exec(value.replace(/\s*!important$/, ''))
  if (!m) return null
  const n = Number(m[1])
  if (m[2] === 'px') return n
  if (m[2] === 'rpx') return (n * screen.windowWidth) / 750
  if (m[2] === 'rem') return n * screen.rootPx
  return (n / 100) * whole
}

/** The element's size in CSS px: inline style first, then the most specific, latest rule. */
export function sizeOf(node: WeappNode, dist: string, screen: Screen): { width: number; height: number } {
  const content = screen.windowWidth - 2 * screen.rootPx
  const decls = new Map<string, string>()
  const matching = rulesOf(dist)
    .filter((r) => ruleMatches(node, r))
    .sort((a, b) => a.parts.flat().length - b.parts.flat().length || a.order - b.order)
  for (const rule of matching) for (const [k, v] of rule.decls) decls.set(k, v)
  for (const [k, v] of inlineStyle(node.style)) decls.set(k, v)
  return {
    width: length(decls.get('width'), screen, content) ?? 300,
    height: length(decls.get('height'), screen, content) ?? 150,
  }
}
