/**
 * One writer at a time. Every write decides on the state it read and then awaits the disk, so
 * without this two concurrent `where({ status: 'pending' }).update(...)` would both match.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    // A failed task must not block the ones queued behind it.
    this.tail = result.catch(() => undefined)
    return result
  }
}
