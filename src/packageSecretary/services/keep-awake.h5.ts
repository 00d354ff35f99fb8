// H5: a browser tab decides for itself; nothing to do.
export function keepAwake(): void {}
