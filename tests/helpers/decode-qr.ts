/** Reads a QR code out of a PNG or out of raw pixels, as a phone's camera would: jsQR over the pixels. */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return decodeQrPixels(new Uint8ClampedArray(image.data), image.width, image.height)
}

/** `rgba`: width × height pixels, four bytes each (a canvas's ImageData). */
export function decodeQrPixels(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(rgba, width, height)?.data ?? null
}
