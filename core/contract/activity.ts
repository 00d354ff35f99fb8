/** Activity actions (see the issue that builds them); empty until then. */
import type { ActionMap } from './define'

export const memberActivityActions = {} satisfies ActionMap
export const secretaryActivityActions = {} satisfies ActionMap
export const adminActivityActions = {} satisfies ActionMap
