/** Dues actions (see the issue that builds them); empty until then. */
import type { ActionMap } from './define'

export const memberDuesActions = {} satisfies ActionMap
export const secretaryDuesActions = {} satisfies ActionMap
export const adminDuesActions = {} satisfies ActionMap
