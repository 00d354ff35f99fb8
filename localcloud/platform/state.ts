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
  messages: RecordedMessage[]
}

export const STATE_FILE = 'platform.json'

function freshState(urlSecret = randomBytes(24).toString('hex')): PlatformState {
  return { version: 1, urlSecret, quotas: {}, messages: [] }
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
  let queue: Promise<void> = Promise.resolve()
  const save = (): Promise<void> => {
    // Snapshot now, so that the file holds the state as of this call even if writes queue up.
    const text = JSON.stringify(state)
    // A failed write fails its own caller only; the next save tries again from scratch.
    queue = queue
      .catch(() => undefined)
      .then(async () => {
        const temp = `${path}.tmp`
        await writeFile(temp, text)
        await rename(temp, path)
      })
    return queue
  }
  return {
    state,
    save,
    clear: () => {
      Object.assign(state, freshState(state.urlSecret))
      return save()
    },
    close: () => queue.catch(() => undefined),
  }
}
