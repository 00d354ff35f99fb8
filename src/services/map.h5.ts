// H5: no map viewer in the browser build; the place is said in words.
export const canOpenMap = false

export function openMap(): void {}
