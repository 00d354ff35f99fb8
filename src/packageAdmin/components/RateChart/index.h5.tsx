// H5: a plain <canvas> sized by its CSS box; F2 draws into its 2d context.
import { View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { drawRates, type DrawnChart } from './draw'
import type { RateChartProps } from './types'
import './index.css'

export function RateChart({ points, fontSize, transposed = false }: RateChartProps) {
  const ref = useRef<HTMLCanvasElement | null>(null)
  useEffect(() => {
    const canvas = ref.current
    const context = canvas?.getContext('2d')
    if (!canvas || !context) return
    const width = canvas.clientWidth
    const height = canvas.clientHeight
    const pixelRatio = window.devicePixelRatio || 1
    canvas.width = width * pixelRatio
    canvas.height = height * pixelRatio
    const drawn: DrawnChart = drawRates({ context, width, height, pixelRatio, fontSize }, points, transposed)
    return () => drawn.destroy()
  }, [points, fontSize, transposed])
  return (
    <View className={transposed ? 'rate-chart rate-chart--tall' : 'rate-chart'}>
      <canvas ref={ref} className="rate-chart__canvas" />
    </View>
  )
}
