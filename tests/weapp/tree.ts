/**
 * A page's render tree as WeChat's view layer holds it: the page's `data.root`, built by Taro's
 * `setData` calls (`root.cn.[0].cn.[1].v`…). Nodes carry `nn` (node name, see templates.ts),
 * `sid`/`uid` (what events name), `cl` (class), `st` (style), `cn` (children), `v` (text), and
 * props under compressed keys (`p11` = openType on a button).
 */
import type { NodeTemplate } from './templates'

export interface WeappNode {
  nn: string
  /** WeChat component (view, text, button, input…); `#text` for a text node. */
  tag: string
  sid: string
  /** What the template renders as the element's id, and what an event's target.id is. */
  id: string
  classes: string[]
  /** The inline style (`st`), as Taro writes it: `width:281px;height:281px`. */
  style: string
  /** Props by their WeChat names (value, placeholder, disabled, openType…). */
  props: Record<string, unknown>
  /** A text node's text. */
  value?: string
  children: WeappNode[]
  parent: WeappNode | null
  template?: NodeTemplate
}

type Raw = Record<string, unknown>

const INTERNAL = new Set(['nn', 'sid', 'uid', 'cn', 'cl', 'st', 'v'])

export function buildTree(root: unknown, templates: Map<string, NodeTemplate>): WeappNode {
  const build = (raw: Raw, parent: WeappNode | null): WeappNode => {
    const nn = String(raw.nn ?? '')
    const template = templates.get(nn)
    const isText = typeof raw.v === 'string' || typeof raw.v === 'number'
    const node: WeappNode = {
      nn,
      tag: isText ? '#text' : (template?.tag ?? nn),
      sid: String(raw.sid ?? ''),
      id: String(raw.uid ?? raw.sid ?? ''),
      classes: typeof raw.cl === 'string' ? raw.cl.split(/\s+/).filter(Boolean) : [],
      style: typeof raw.st === 'string' ? raw.st : '',
      props: {},
      children: [],
      parent,
      template,
    }
    if (isText) node.value = String(raw.v)
    for (const [key, value] of Object.entries(raw)) {
      if (INTERNAL.has(key)) continue
      node.props[template?.props.get(key) ?? key] = value
    }
    const children = Array.isArray(raw.cn) ? (raw.cn as unknown[]) : []
    for (const child of children) if (child && typeof child === 'object') node.children.push(build(child as Raw, node))
    return node
  }
  const top = (root && typeof root === 'object' ? root : {}) as Raw
  return build({ ...top, nn: 'root', sid: 'root' }, null)
}

/**
 * The visible text, one line per element: adjacent text nodes of one element run together
 * (`已签到` `3` `人` → `已签到3人`), every element starts a new line.
 */
export function textOf(node: WeappNode): string {
  const lines: string[] = []
  const walk = (n: WeappNode) => {
    let run = ''
    for (const child of n.children) {
      if (child.tag === '#text') run += child.value
      else {
        if (run.trim()) lines.push(run.trim())
        run = ''
        walk(child)
      }
    }
    if (run.trim()) lines.push(run.trim())
  }
  if (node.tag === '#text') return (node.value ?? '').trim()
  walk(node)
  return lines.join('\n')
}

export function* descendants(node: WeappNode): Generator<WeappNode> {
  for (const child of node.children) {
    yield child
    yield* descendants(child)
  }
}

/** `.ui-button`, `button`, `#agree-privacy`, `button.ui-button--primary`: enough to find what a person sees. */
export function matches(node: WeappNode, selector: string): boolean {
  if (node.tag === '#text') return false
  const m = /^([a-z-]+)?((?:[.#][\w-]+)*)$/.exec(selector.trim())
  if (!m) throw new Error(`weapp host: selector ${selector} is not supported (tag, .class, #id and their combinations)`)
  const [, tag, rest] = m
  if (tag && node.tag !== tag) return false
  for (const part of rest.match(/[.#][\w-]+/g) ?? []) {
    if (part[0] === '.' && !node.classes.includes(part.slice(1))) return false
    if (part[0] === '#' && node.id !== part.slice(1)) return false
  }
  return true
}

export interface Target {
  /** The element's visible text: exactly this (preferred), else containing it. */
  text?: string | RegExp
  selector?: string
}

/** The innermost element that fits: an exact text match first, then one that contains the text. */
export function findNode(root: WeappNode, target: Target): WeappNode | null {
  const candidates = [...descendants(root)].filter(
    (n) => n.tag !== '#text' && (!target.selector || matches(n, target.selector)),
  )
  const { text } = target
  if (text === undefined) return candidates[0] ?? null
  const fits = (n: WeappNode, exact: boolean) => {
    const t = textOf(n).replace(/\n/g, ' ')
    if (text instanceof RegExp) return text.test(t)
    return exact ? t === text : t.includes(text)
  }
  for (const exact of [true, false]) {
    const found = candidates.filter((n) => fits(n, exact))
    // Innermost: no other fitting candidate inside it.
    const innermost = found.find((n) => !found.some((o) => o !== n && isInside(o, n)))
    if (innermost) return innermost
  }
  return null
}

export function isInside(node: WeappNode, ancestor: WeappNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true
  return false
}

export function describe(node: WeappNode): string {
  const cls = node.classes.length ? '.' + node.classes.join('.') : ''
  return `<${node.tag}${cls} id=${node.id}> "${textOf(node).replace(/\n/g, ' / ').slice(0, 60)}"`
}

/** Applies one setData key (`root.cn.[0].cn.[1].v`, `a.b[2]`) to a page's data, as WeChat does. */
export function applyPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys: Array<string | number> = []
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1])
  if (keys.length === 0) throw new Error(`weapp host: setData key "${path}" names nothing`)
  let at: Record<string | number, unknown> = data
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]
    let next = at[key]
    if (next === null || typeof next !== 'object') {
      next = typeof keys[i + 1] === 'number' ? [] : {}
      at[key] = next
    }
    at = next as Record<string | number, unknown>
  }
  const last = keys[keys.length - 1]
  if (value === undefined) delete at[last]
  else at[last] = value
}

/** The node and every element above it, up to the root. */
export function ancestorsOf(node: WeappNode): WeappNode[] {
  const out: WeappNode[] = []
  for (let n: WeappNode | null = node; n; n = n.parent) out.push(n)
  return out
}
