import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from './clock'

/** One request that wx-server-sdk sent to `POST /admin`, parsed. */
export interface AdminRequest {
  /** e.g. `database.getDocument`, `wx.openApi`, `storage.getUploadMetadata`. */
  action: string
  /** Every field of the body: the JSON object, or the multipart form's text fields. */
  params: Record<string, unknown>
  /** Multipart file parts by field name (openapi's protobuf `requestData` arrives here). */
  files: Record<string, Buffer>
  /** Query string of the request (`env`, `seqId`, ...). */
  query: URLSearchParams
}

/** A raw answer for actions whose reply is not the JSON `{ requestId, data }` envelope. */
export interface RawReply {
  raw: true
  status: number
  headers: Record<string, string>
  body: Buffer
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

export interface LocalCloudContext {
  clock: Clock
  /** Base URL of the running local cloud, e.g. `http://127.0.0.1:8787`. */
  baseUrl(): string
}
