/**
 * Platform dialogs behind one wrapper, so the store never touches `window` itself. The native
 * confirm blocks, which is what a "discard your work?" question needs, in Electron and browsers.
 */
export const dialogs = {
  confirm: (question: string): boolean => window.confirm(question),
};
