/** A running local cloud, as the server, the admin hub and tests hold it. */
import type { Clock } from './clock'
import type { LocalCloudConfig } from './config'
import type { Database } from './db'
import type { Platform } from './platform'
import type { FunctionPool } from './workers'

export interface LocalCloud {
  url: string
  port: number
  clock: Clock
  database: Database
  platform: Platform
  pools: Map<string, FunctionPool>
  config: LocalCloudConfig
  /** Delay added to each database request (tests and benchmarks: room to kill an instance mid-call). */
  latency: { databaseMs: number }
  /** Empty every collection (they stay deployed), messages, quotas and files; the clock back at its start. */
  reset(): Promise<void>
  /** Starts answering the requests held since start (config.holdRequests); does nothing after the first call. */
  open(): void
  close(): Promise<void>
}
