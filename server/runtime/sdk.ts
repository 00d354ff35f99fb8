/**
 * The part of wx-server-sdk this project uses, typed. The SDK's own declarations return
 * `any`/unions for every result; these interfaces state what the documented API returns
 * (PLATFORM.md), so that nothing untyped crosses into the domain code.
 */

/** An opaque query or update command (`_.gte(1)`, `_.inc(1)`, ...). */
export interface CommandToken {
  readonly __command?: unique symbol
}
export type Filter = Record<string, unknown>

/** More aggregation operators (`db.command.aggregate`) for group and project stages. */
export interface AggregateCommand {
  min(expressions: unknown[]): CommandToken
  eq(expressions: [unknown, unknown]): CommandToken
  gt(expressions: [unknown, unknown]): CommandToken
}

export interface Command {
  eq(v: unknown): CommandToken
  neq(v: unknown): CommandToken
  gt(v: unknown): CommandToken
  gte(v: unknown): CommandToken
  lt(v: unknown): CommandToken
  lte(v: unknown): CommandToken
  in(v: unknown[]): CommandToken
  nin(v: unknown[]): CommandToken
  exists(v: boolean): CommandToken
  and(conditions: Array<Filter | CommandToken>): Filter
  or(conditions: Array<Filter | CommandToken>): Filter
  inc(n: number): CommandToken
  set(v: unknown): CommandToken
  remove(): CommandToken
  push(v: unknown): CommandToken
  addToSet(v: unknown): CommandToken
  /** Aggregation operators (`$.sum(1)` in a group stage). */
  aggregate: AggregateCommand
}

export interface AggregateCommand {
  sum(v: unknown): CommandToken
}

export interface Query {
  where(filter: Filter): Query
  orderBy(field: string, direction: 'asc' | 'desc'): Query
  skip(n: number): Query
  limit(n: number): Query
  field(projection: Record<string, boolean>): Query
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Filter }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocumentRef {
  get(): Promise<{ data: unknown }>
  set(options: { data: Filter }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(options: { data: Filter }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

/** Array and set operators for project stages, and accumulators (`db.command.aggregate`). */
export interface AggregateCommand {
  size(expression: unknown): CommandToken
  filter(spec: { input: unknown; as: string; cond: unknown }): CommandToken
  map(spec: { input: unknown; as: string; in: unknown }): CommandToken
  in(expressions: [unknown, unknown]): CommandToken
  and(expressions: unknown[]): CommandToken
  setDifference(expressions: [unknown, unknown]): CommandToken
  setIntersection(expressions: unknown[]): CommandToken
  arrayElemAt(expressions: [unknown, number]): CommandToken
  cond(spec: { if: unknown; then: unknown; else: unknown }): CommandToken
  addToSet(expression: unknown): CommandToken
  push(expression: unknown): CommandToken
}

export interface Aggregate {
  /** Equality join: `{ from, localField, foreignField, as }`. */
  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): Aggregate
  skip(n: number): Aggregate
  match(filter: Filter): Aggregate
  group(spec: Filter): Aggregate
  sort(spec: Record<string, 1 | -1>): Aggregate
  project(spec: Filter): Aggregate
  limit(n: number): Aggregate
  end(): Promise<{ list: unknown[] }>
}

export interface Collection extends Query {
  doc(id: string): DocumentRef
  add(options: { data: Filter | Filter[] }): Promise<{ _id?: string; ids?: string[] }>
  aggregate(): Aggregate
}

export interface TransactionCollection {
  doc(id: string): DocumentRef
  add(options: { data: Filter }): Promise<{ _id?: string }>
}

export interface Transaction {
  collection(name: string): TransactionCollection
  rollback(reason?: unknown): Promise<void>
}

export interface Database {
  collection(name: string): Collection
  command: Command
  serverDate(options?: { offset: number }): CommandToken
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, retries?: number): Promise<T>
}

export interface WXContext {
  OPENID?: string
  APPID?: string
  UNIONID?: string
  ENV?: string
  SOURCE?: string
}

export interface SubscribeMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: 'developer' | 'trial' | 'formal'
}

export interface Cloud {
  init(options: { env: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  getWXContext(): WXContext
  database(): Database
  openapi: {
    subscribeMessage: { send(message: SubscribeMessage): Promise<{ errCode: number; errMsg: string }> }
    wxacode: {
      getUnlimited(req: {
        scene: string
        page?: string
        checkPath?: boolean
        envVersion?: 'release' | 'trial' | 'develop'
        width?: number
      }): Promise<{ contentType: string; buffer: Buffer }>
    }
    security: {
      msgSecCheck(req: { version: 2; openid: string; scene: 1 | 2 | 3 | 4; content: string }): Promise<{
        result: { suggest: 'pass' | 'review' | 'risky'; label: number }
      }>
    }
  }
  uploadFile(req: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(req: { fileID: string }): Promise<{ fileContent: Buffer }>
  deleteFile(req: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number }> }>
  getTempFileURL(req: { fileList: string[] }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg: string }>
  }>
}
