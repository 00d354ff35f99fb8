/** Demo 三会一课 and other meetings held this year, for the attendance views and the rules matrix (issue 11). */
import type { Database } from '../db'
import type { DemoWorld } from './world'

export async function seed(_db: Database, _now: number, _world: DemoWorld): Promise<void> {}
