import type { Database } from '../db'
import type { DemoWorld } from './world'

/** Demo records of this domain for the demo bureau; filled by the issue that builds the domain. */
export async function seed(_db: Database, _now: number, _world: DemoWorld): Promise<void> {}
