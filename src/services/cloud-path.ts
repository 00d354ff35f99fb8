/** `roster/1767225600000.xlsx`: a fresh cloud storage path that keeps the file's extension. */
// eslint-disable-next-line no-restricted-syntax -- a unique name, not a day
export function cloudPathFor(folder: string, fileName: string, now = Date.now()): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? 'bin'
  return `${folder}/${now}.${ext}`
}
