/** Demo notices, inbox entries and reminder authorizations (issue 10). */
import type { Database } from '../db'
import type { DemoWorld } from './world'

export async function seed(_db: Database, _now: number, _world: DemoWorld): Promise<void> {}
