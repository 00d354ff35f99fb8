import qrcode from 'qrcode-generator'

/** The dark modules of a QR code for `text`, row by row (error correction M: scans from a metre). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const size = qr.getModuleCount()
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)))
}

/** Modules of white border around the code, as the QR standard asks. */
export const QUIET_ZONE = 4
