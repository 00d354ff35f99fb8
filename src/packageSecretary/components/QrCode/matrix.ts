import qrcode from 'qrcode-generator'

/**
 * The dark modules of a QR code for `text`, row by row. Error correction L: a lit screen is
 * never smudged, and the fewer modules, the bigger each one is and the farther it scans from.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'L')
  qr.addData(text)
  qr.make()
  const size = qr.getModuleCount()
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)))
}

/** Modules of white border around the code; the white panel around it adds more. */
export const QUIET_ZONE = 2
