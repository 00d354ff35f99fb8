import type { RatePoint } from './draw'

export interface RateChartProps {
  /** Bars in order, each labelled; the same figures are always written out beside the chart. */
  points: RatePoint[]
  /** The page's main text size in px. */
  fontSize: number
  /** Horizontal bars (labels on the left), for long names. */
  transposed?: boolean
}
