/**
 * The banner shows the latest outcome only: a success clears an earlier error and an error an
 * earlier success, so "export: ... is not approved" never sits beside "Exported ...".
 */
export const succeeded = (notice: string) => ({ notice, error: null });

export const failed = (error: string) => ({ error, notice: null });

/** Moving to another screen or item starts with a clean banner. */
export const cleared = { notice: null, error: null };
