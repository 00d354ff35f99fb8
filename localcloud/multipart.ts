/**
 * A multipart/form-data reader that keeps every part's bytes. The platform's `Response.formData()`
 * turns a part without a filename into UTF-8 text, which corrupts the SDK's protobuf
 * `requestData`; here each part is kept as a Buffer and, when it is text, as a string too.
 */
export interface MultipartParts {
  fields: Record<string, string>
  buffers: Record<string, Buffer>
}

function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]).trim() : null
}

export function parseMultipart(body: Buffer, contentType: string): MultipartParts {
  const boundary = boundaryOf(contentType)
  if (!boundary) throw new Error('multipart body without boundary')
  const delimiter = Buffer.from(`--${boundary}`)
  const out: MultipartParts = { fields: {}, buffers: {} }
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const partStart = start + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const next = body.indexOf(delimiter, partStart)
    if (next === -1) break
    const part = body.subarray(partStart + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const name = /name="([^"]*)"/i.exec(headers)?.[1]
      if (name !== undefined) {
        const content = part.subarray(headerEnd + 4)
        out.buffers[name] = Buffer.from(content)
        if (!/filename=/i.test(headers)) out.fields[name] = content.toString('utf8')
      }
    }
    start = next
  }
  return out
}
