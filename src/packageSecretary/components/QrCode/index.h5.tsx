// H5: the QR as an SVG image, crisp at any size.
import { View } from '@tarojs/components'
import { useMemo } from 'react'
import type { QrCodeProps } from './index'
import { qrMatrix, QUIET_ZONE } from './matrix'
import './index.css'

function svgOf(text: string): string {
  const modules = qrMatrix(text)
  const side = modules.length + QUIET_ZONE * 2
  let path = ''
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) path += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`
    }),
  )
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  )
}

export function QrCode({ text, size }: QrCodeProps) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgOf(text))}`, [text])
  return (
    <View className="qr-code" style={{ width: `${size}px`, height: `${size}px` }}>
      <img className="qr-code__image" src={src} alt="签到二维码" data-payload={text} width={size} height={size} />
    </View>
  )
}
