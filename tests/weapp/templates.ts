/**
 * What Taro's compressed render tree means, read from the build's own base.wxml: each node's
 * `nn` names a template `tmpl_0_<nn>`, whose first tag is the WeChat component (view, text,
 * button, input…), whose `bind…="eh"` / `catch…="eh"` attributes are the events WeChat delivers
 * to the page's `eh`, and whose `name="{{i.p3}}"` attributes name the compressed props.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface NodeTemplate {
  /** The WeChat component: view, text, button, input, textarea, picker, canvas, block… */
  tag: string
  /** Events bound with bind… (bubbling continues). */
  binds: Set<string>
  /** Events bound with catch… (bubbling stops there). */
  catches: Set<string>
  /** Compressed prop key (`p3`) → attribute name in camelCase (`openType`). */
  props: Map<string, string>
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

export function readTemplates(dist: string): Map<string, NodeTemplate> {
  const wxml = readFileSync(join(dist, 'base.wxml'), 'utf8')
  const out = new Map<string, NodeTemplate>()
  // The level-0 template of each node name; inputs and textareas come as `_focus`/`_blur` pairs.
  const re = /<template name="tmpl_0_([^"]+)">\s*<([a-z-]+)([^>]*)>/g
  for (let m = re.exec(wxml); m; m = re.exec(wxml)) {
    const [, name, tag, attrs] = m
    const nn = name.replace(/_(focus|blur)$/, '')
    if (tag === 'template' || (out.has(nn) && name !== nn)) continue
    const template: NodeTemplate = { tag, binds: new Set(), catches: new Set(), props: new Map() }
    for (const a of attrs.matchAll(/([a-z-]+)="([^"]*)"/g)) {
      const [, attr, value] = a
      const event = /^(bind|catch)([a-z]+)$/.exec(attr)
      if (event && value === 'eh') (event[1] === 'bind' ? template.binds : template.catches).add(event[2])
      const prop = /\bi\.(p\d+)\b/.exec(value)
      if (prop) template.props.set(prop[1], camel(attr))
    }
    out.set(nn, template)
  }
  return out
}
