/**
 * Draws attendance rates as bars with F2 (a chart library made for mobile and mini-programs),
 * 0–100 %, in the party red. The chart only repeats figures written beside it as text.
 */
import { Axis, Canvas, Chart, Interval, jsx } from '@antv/f2'

export interface RatePoint {
  label: string
  /** null: nothing held, drawn as no bar. */
  ratePct: number | null
}

export interface DrawTarget {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** Text size in px, from the page's root font size (长辈版 draws larger labels). */
  fontSize: number
  /** weapp measures text with an offscreen canvas. */
  offscreenCanvas?: unknown
}

export interface DrawnChart {
  destroy(): void
}

/** F2's component classes do not match its own jsx() signature in TypeScript; they do at run time. */
const el = (type: unknown, props: object, ...children: unknown[]) =>
  jsx(type as Parameters<typeof jsx>[0], props, ...children)

export function drawRates(target: DrawTarget, points: RatePoint[], transposed = false): DrawnChart {
  // Transposed, F2 draws the first category at the bottom: reversed, the list reads top to bottom.
  const ordered = transposed ? [...points].reverse() : points
  const data = ordered.map((p) => ({ label: p.label, rate: p.ratePct ?? 0 }))
  const label = { fontSize: Math.round(target.fontSize * 0.8), fill: '#595959' }
  const chart = el(
    Chart,
    { data, coord: { transposed }, scale: { rate: { min: 0, max: 100, tickCount: 3 } } },
    el(Axis, { field: 'label', style: { label } }),
    // Three ticks (0% 50% 100%): five ran into one another on a phone's width.
    el(Axis, { field: 'rate', formatter: (v: number) => `${v}%`, style: { label } }),
    el(Interval, { x: 'label', y: 'rate', color: '#c8102e' }),
  )
  const element = el(
    Canvas,
    {
      context: target.context,
      width: target.width,
      height: target.height,
      pixelRatio: target.pixelRatio,
      animate: false,
      // F2 reads the canvas's padding from its style (a `padding` prop is ignored): room at the
      // right for the 100% label centred on the last tick, at the top for the first.
      style: { padding: [16, 36, 12, 12] },
      offscreenCanvas: target.offscreenCanvas,
    },
    chart,
  ) as unknown as { props: ConstructorParameters<typeof Canvas>[0] }
  const canvas = new Canvas(element.props)
  void canvas.render()
  return canvas
}
