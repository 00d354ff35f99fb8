import { cloudPathFor } from '@/services/cloud-path'
import { uploadFile, type ChosenFile } from '@/services/upload'

/** A file attached to a reading-list item, stored under `study/`; resolves with its fileID. */
export const uploadStudyFile = (file: ChosenFile): Promise<string> => uploadFile(file, cloudPathFor('study', file.name))
