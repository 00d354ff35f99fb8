// weapp: a 2d <Canvas> found by its id once laid out; F2 draws into its node's context.
// The H5 build uses index.h5.tsx.
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { drawRates, type DrawnChart } from './draw'
import type { RateChartProps } from './types'
import './index.css'

let serial = 0

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D
}

export function RateChart({ points, fontSize, transposed = false }: RateChartProps) {
  const id = useRef(`rate-chart-${++serial}`)
  useEffect(() => {
    let drawn: DrawnChart | null = null
    let live = true
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id.current}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node: CanvasNode; width: number; height: number } | null>) => {
          const found = res[0]
          if (!live || !found?.node) return
          const pixelRatio = Taro.getSystemInfoSync().pixelRatio
          found.node.width = found.width * pixelRatio
          found.node.height = found.height * pixelRatio
          drawn = drawRates(
            {
              context: found.node.getContext('2d'),
              width: found.width,
              height: found.height,
              pixelRatio,
              fontSize,
              offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }),
            },
            points,
            transposed,
          )
        })
    })
    return () => {
      live = false
      drawn?.destroy()
    }
  }, [points, fontSize, transposed])
  return (
    <View className={transposed ? 'rate-chart rate-chart--tall' : 'rate-chart'}>
      <Canvas type="2d" id={id.current} className="rate-chart__canvas" />
    </View>
  )
}
