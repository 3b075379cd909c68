import { fileURLToPath } from 'node:url';

/** A file of the shared real-world data, read in place beside the repository (never copied). */
export function sharedData(relativePath: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${relativePath}`, import.meta.url));
}
