/**
 * The bytes behind cloud storage: files under `<dataDir>/storage/<env>/<cloud path>`, or a map
 * when the local cloud runs in memory. Keys are `<env>/<cloud path>`, already validated by
 * storage.ts; the disk store still refuses any key that would leave its root.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'

export interface FileStore {
  put(key: string, body: Buffer): Promise<void>
  /** The file's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>
  exists(key: string): Promise<boolean>
  /** True when a file was there to delete. */
  remove(key: string): Promise<boolean>
  clear(): Promise<void>
}

export function memoryFileStore(): FileStore {
  const files = new Map<string, Buffer>()
  return {
    put: async (key, body) => {
      files.set(key, Buffer.from(body))
    },
    get: async (key) => files.get(key) ?? null,
    exists: async (key) => files.has(key),
    remove: async (key) => files.delete(key),
    clear: async () => files.clear(),
  }
}

export const STORAGE_DIR = 'storage'

export function diskFileStore(dataDir: string): FileStore {
  const root = resolve(dataDir, STORAGE_DIR)
  const locate = (key: string): string => {
    const path = resolve(join(root, ...key.split('/')))
    if (!path.startsWith(root + sep)) throw new Error(`storage key escapes the storage root: ${key}`)
    return path
  }
  return {
    put: async (key, body) => {
      const path = locate(key)
      await mkdir(dirname(path), { recursive: true })
      // Write beside the target and rename, so a reader never sees half a file.
      const temp = `${path}.${process.pid}.${Date.now()}.uploading`
      await writeFile(temp, body)
      await rename(temp, path)
    },
    get: async (key) => {
      try {
        return await readFile(locate(key))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null
        throw error
      }
    },
    exists: async (key) => {
      try {
        return (await stat(locate(key))).isFile()
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
          return false
        throw error
      }
    },
    remove: async (key) => {
      try {
        await rm(locate(key))
        return true
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ERR_FS_EISDIR' || code === 'EISDIR') return false
        throw error
      }
    },
    clear: async () => {
      await rm(root, { recursive: true, force: true })
    },
  }
}
