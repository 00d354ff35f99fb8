/** Study actions (see the issue that builds them); empty until then. */
import type { ActionMap } from './define'

export const memberStudyActions = {} satisfies ActionMap
export const secretaryStudyActions = {} satisfies ActionMap
export const adminStudyActions = {} satisfies ActionMap
