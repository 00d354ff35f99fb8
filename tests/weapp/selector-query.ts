/** Enough of WeChat's SelectorQuery for the weapp host's pages (page.ts): `#id` nodes found in the page's tree. */
import type { RecordingCanvas } from './canvas'
import type { WeappNode } from './tree'

type Fn = (...args: unknown[]) => unknown

/** What a query reads of the page on top (WeappPage). */
export interface QueriedPage {
  findAll(selector: string): WeappNode[]
  sizeOf(node: WeappNode): { width: number; height: number }
  canvasNode(node: WeappNode, size: { width: number; height: number }): RecordingCanvas
}

/** Enough of SelectorQuery for the app's canvases: `#id` nodes found in the page's tree. */
export function selectorQuery(host: { current: QueriedPage | undefined; later(fn: () => void, ms?: number): void }) {
  const asks: Array<{ selector: string; fields: Record<string, unknown> }> = []
  const query = {
    in: () => query,
    select(selector: string) {
      const ask = { selector, fields: {} as Record<string, unknown> }
      asks.push(ask)
      const ref = {
        fields(fields: Record<string, unknown>) {
          ask.fields = fields
          return query
        },
        boundingClientRect() {
          ask.fields = { size: true, rect: true }
          return query
        },
        node() {
          ask.fields = { node: true }
          return query
        },
        scrollOffset() {
          ask.fields = { scrollOffset: true }
          return query
        },
      }
      return ref
    },
    selectAll(selector: string) {
      return query.select(selector)
    },
    selectViewport() {
      return query.select('viewport')
    },
    exec(callback?: Fn) {
      const page = host.current
      const results = asks.map(({ selector, fields }) => {
        const node = page?.findAll(selector)[0]
        if (!page || !node) return null
        const { width, height } = page.sizeOf(node)
        if (fields.node && node.tag !== 'canvas')
          throw new Error(`weapp host: SelectorQuery node of <${node.tag}> — the host gives canvas nodes only`)
        return {
          id: node.id,
          width,
          height,
          left: 0,
          top: 0,
          right: width,
          bottom: height,
          scrollTop: 0,
          scrollLeft: 0,
          ...(fields.node ? { node: page.canvasNode(node, { width, height }).node() } : {}),
        }
      })
      host.later(() => callback?.(results))
      return query
    },
  }
  return query
}
