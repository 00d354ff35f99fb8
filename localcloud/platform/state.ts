/**
 * What the platform must remember across restarts: each user's remaining one-time
 * subscribe-message authorizations, every message attempted, and the secret that signs
 * temporary file URLs (so URLs handed out before a restart keep working until they expire).
 * Kept in one JSON file under dataDir, or only in memory when dataDir is null.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface RecordedMessage {
  id: string
  at: number
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: string
  outcome: 'sent' | { errCode: number; errMsg: string }
}

export interface PlatformState {
  version: 1
  urlSecret: string
  /** openid → templateId → remaining one-time authorizations. */
  quotas: Record<string, Record<string, number>>
  /**
   * openid → templateId → the answer kept with 总是保持以上选择 (getSetting's itemSettings). Absent
   * in files written before it was kept here.
   */
  kept?: Record<string, Record<string, KeptAnswer>>
  messages: RecordedMessage[]
}

/** An answer WeChat keeps when 总是保持以上选择 was ticked. */
export type KeptAnswer = 'accept' | 'reject'

export const STATE_FILE = 'platform.json'

function freshState(urlSecret = randomBytes(24).toString('hex')): PlatformState {
  return { version: 1, urlSecret, quotas: {}, kept: {}, messages: [] }
}

export interface StateStore {
  readonly state: PlatformState
  /** Writes the current state; resolves once it is durable. Writes never interleave. */
  save(): Promise<void>
  /** Forgets quotas and messages; keeps the URL secret. */
  clear(): Promise<void>
  close(): Promise<void>
}

function isState(value: unknown): value is PlatformState {
  const s = value as PlatformState
  return (
    !!s &&
    s.version === 1 &&
    typeof s.urlSecret === 'string' &&
    typeof s.quotas === 'object' &&
    Array.isArray(s.messages)
  )
}

export async function openStateStore(dataDir: string | null): Promise<StateStore> {
  if (dataDir === null) {
    const store: StateStore = {
      state: freshState(),
      save: async () => undefined,
      clear: async () => {
        Object.assign(store.state, freshState(store.state.urlSecret))
      },
      close: async () => undefined,
    }
    return store
  }
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, STATE_FILE)
  let state = freshState()
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'))
    if (!isState(parsed)) throw new Error(`${path} is not a local-cloud platform state file`)
    state = parsed
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Group commit: a save waits for a write that starts after it was asked for; while one write is
  // on its way, every save asked for meanwhile shares the next one. A burst of sends (each one
  // recorded) costs a few writes of the whole state, not one each.
  let writing: Promise<void> | null = null
  let next: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | null = null
  const writeNow = async (): Promise<void> => {
    const text = JSON.stringify(state)
    const temp = `${path}.tmp`
    await writeFile(temp, text)
    await rename(temp, path)
  }
  const drain = (): void => {
    const batch = next
    if (!batch) {
      writing = null
      return
    }
    next = null
    writing = writeNow().then(batch.resolve, batch.reject).finally(drain)
  }
  const save = (): Promise<void> => {
    if (!next) {
      let resolve!: () => void
      let reject!: (e: unknown) => void
      const promise = new Promise<void>((res, rej) => {
        resolve = res
        reject = rej
      })
      next = { promise, resolve, reject }
    }
    const waiting = next.promise
    if (!writing) drain()
    return waiting
  }
  return {
    state,
    save,
    clear: () => {
      Object.assign(state, freshState(state.urlSecret))
      return save()
    },
    close: async () => {
      while (writing) await writing.catch(() => undefined)
    },
  }
}
