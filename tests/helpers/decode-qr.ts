/** Reads a QR code out of a PNG, as a phone's camera would: jsQR over the decoded pixels. */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  return found?.data ?? null
}
