import { cloudPathFor } from '@/services/cloud-path'
import { uploadFile, type ChosenFile } from '@/services/upload'

/** A receipt photo for a dues payment, stored under `dues/receipts/`; resolves with its fileID. */
export const uploadReceipt = (file: ChosenFile): Promise<string> =>
  uploadFile(file, cloudPathFor('dues/receipts', file.name))
