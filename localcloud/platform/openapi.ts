/**
 * `action=wx.openApi`: the SDK posts `apiName` and a protobuf `requestData` (WeChat's request
 * JSON, one key per pair) and wants a protobuf CommOpenApiResp back, not the JSON envelope:
 * - WeChat's answer goes in respData as JSON with contentType application/json; the SDK throws
 *   a non-zero `errcode` in it as an error whose errCode is that number (43101, 47003, …);
 * - an image (wxacode) goes in respData with its own contentType, handed over as a buffer;
 * - a WeChat system error goes in errorCode (e.g. -604100 API not found), thrown as that errCode.
 * The HTTP content-type must not be `application/json; charset=utf-8`: the SDK would parse the
 * body as a JSON error instead.
 */
import { CloudApiError } from '../errors'
import type { AdminRequest, RawReply } from '../types'
import { decodeOpenApiRequest, encodeOpenApiResponse, type OpenApiResponse } from './protobuf'
import type { WxReply } from './subscribe'
import type { ImageReply } from './wxacode'

export const API_NOT_FOUND = -604100

/** WeChat's JSON answer, or an image (wxacode) that the SDK hands over as `{ contentType, buffer }`. */
export type OpenApiHandler = (params: Record<string, unknown>) => Promise<WxReply | ImageReply>

function rawReply(resp: OpenApiResponse): RawReply {
  return {
    raw: true,
    status: 200,
    headers: { 'content-type': 'application/octet-stream' },
    body: encodeOpenApiResponse(resp),
  }
}

/**
 * The request's parameters. admin-endpoint hands the `requestData` part over as a string (the
 * SDK gives the part no filename), so it may have lost bytes; protobuf.ts recovers from that.
 */
function requestParams(req: AdminRequest): Record<string, unknown> {
  const data = req.files.requestData ?? req.params.requestData
  if (!Buffer.isBuffer(data) && typeof data !== 'string') {
    throw new CloudApiError('INVALID_PARAM', 'wx.openApi without requestData')
  }
  try {
    return decodeOpenApiRequest(data).params
  } catch (error) {
    throw new CloudApiError('INVALID_PARAM', (error as Error).message)
  }
}

function isImage(reply: WxReply | ImageReply): reply is ImageReply {
  return Buffer.isBuffer(reply.buffer) && typeof reply.contentType === 'string'
}

export async function handleOpenApi(req: AdminRequest, apis: Record<string, OpenApiHandler>): Promise<RawReply> {
  const apiName = typeof req.params.apiName === 'string' ? req.params.apiName : ''
  const params = requestParams(req)
  const api = Object.prototype.hasOwnProperty.call(apis, apiName) ? apis[apiName] : undefined
  if (!api) return rawReply({ errorCode: API_NOT_FOUND, httpCode: 200 })
  const reply = await api(params)
  if (isImage(reply)) return rawReply({ respData: reply.buffer, contentType: reply.contentType, httpCode: 200 })
  return rawReply({
    respData: Buffer.from(JSON.stringify(reply), 'utf8'),
    contentType: 'application/json',
    httpCode: 200,
  })
}
