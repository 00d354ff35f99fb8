/**
 * The database's failures, as codes wx-server-sdk knows. The SDK turns `code` into `errCode`
 * through its TCB_ERR_CODE table and falls back to -501001 for any code it does not list, so
 * only these codes reach a cloud function as distinct numbers:
 * INVALID_PARAM -501007, DATABASE_REQUEST_FAILED -502001, DATABASE_INVALID_OPERRATOR -502002,
 * DATABASE_COLLECTION_NOT_EXIST -502005. DATABASE_TRANSACTION_CONFLICT is the one code whose
 * string matters more than its number: `runTransaction` retries when it sees it.
 */
import { CloudApiError } from '../errors'

export function invalidParam(message: string): CloudApiError {
  return new CloudApiError('INVALID_PARAM', message)
}

export function collectionNotExist(name: string): CloudApiError {
  return new CloudApiError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}`)
}

export function collectionExists(name: string): CloudApiError {
  return new CloudApiError('DATABASE_REQUEST_FAILED', `[ResourceInUse] Table exist: ${name}`)
}

export function duplicateKey(collection: string, id: unknown): CloudApiError {
  return new CloudApiError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  )
}

export function invalidOperator(message: string): CloudApiError {
  return new CloudApiError('DATABASE_INVALID_OPERRATOR', message)
}

/**
 * WeChat documents this as -602001, but that number cannot travel through wx-server-sdk 4's
 * TCB error table; -502001 with the documented text is the nearest the SDK can deliver.
 */
export function querySizeExceeded(bytes: number): CloudApiError {
  return new CloudApiError(
    'DATABASE_REQUEST_FAILED',
    `-602001 database query result size exceed limit (1MB): ${bytes} bytes`,
  )
}

export function transactionConflict(): CloudApiError {
  return new CloudApiError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict')
}

export function transactionGone(id: string): CloudApiError {
  return new CloudApiError('DATABASE_REQUEST_FAILED', `transaction ${id} does not exist or has expired`)
}
