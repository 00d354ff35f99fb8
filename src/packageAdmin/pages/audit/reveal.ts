// weapp: the sheet's panel is a plain scrolling view, which a mini-program cannot scroll from
// code (only a scroll-view can); the picker opens where it is and the person scrolls to it.
/** Brings a just-opened part of the sheet into sight, at the top of the panel. */
export function reveal(element: unknown): void {
  void element
}
