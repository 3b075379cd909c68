/** Bundles main, preload and the backend process into dist-electron/. */
export function bundle(): Promise<void>;
