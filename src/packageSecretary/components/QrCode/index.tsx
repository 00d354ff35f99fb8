// weapp: the QR drawn on a Canvas 2d. The H5 build uses index.h5.tsx (an SVG image).
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import { useEffect } from 'react'
import { qrMatrix, QUIET_ZONE } from './matrix'
import './index.css'

export interface QrCodeProps {
  text: string
  /** Side length in px on screen. */
  size: number
  /** Distinct per QR on a page (the canvas is found by it). */
  id: string
}

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D
}

export function QrCode({ text, size, id }: QrCodeProps) {
  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((result: Array<{ node?: CanvasNode } | null>) => {
          const canvas = result[0]?.node
          if (!canvas) return
          const ratio = Taro.getWindowInfo().pixelRatio
          canvas.width = size * ratio
          canvas.height = size * ratio
          const ctx = canvas.getContext('2d')
          const modules = qrMatrix(text)
          const cell = (size * ratio) / (modules.length + QUIET_ZONE * 2)
          ctx.fillStyle = '#ffffff'
          ctx.fillRect(0, 0, canvas.width, canvas.height)
          ctx.fillStyle = '#000000'
          modules.forEach((row, r) =>
            row.forEach((dark, c) => {
              if (dark) {
                // Whole pixels: no hairline gaps between neighbouring modules.
                const x = Math.floor((c + QUIET_ZONE) * cell)
                const y = Math.floor((r + QUIET_ZONE) * cell)
                ctx.fillRect(
                  x,
                  y,
                  Math.ceil(cell + (c + QUIET_ZONE) * cell - x),
                  Math.ceil(cell + (r + QUIET_ZONE) * cell - y),
                )
              }
            }),
          )
        })
    })
  }, [text, size, id])
  return (
    <View className="qr-code" style={{ width: `${size}px`, height: `${size}px` }}>
      <Canvas type="2d" id={id} className="qr-code__canvas" style={{ width: `${size}px`, height: `${size}px` }} />
    </View>
  )
}
