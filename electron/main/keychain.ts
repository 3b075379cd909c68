import { app, safeStorage } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// API keys, encrypted with the OS keychain through safeStorage, in a file beside (never inside)
// the workspace. Only names are ever stored in SQLite.
const file = () => join(app.getPath('userData'), 'secrets.bin.json');

function readAll(): Record<string, string> {
  if (!existsSync(file())) return {};
  return JSON.parse(readFileSync(file(), 'utf8')) as Record<string, string>;
}

/** All stored secrets, decrypted, by reference name. */
export function loadSecrets(): Record<string, string> {
  if (!safeStorage.isEncryptionAvailable()) return {};
  const stored = readAll();
  return Object.fromEntries(
    Object.entries(stored).map(([ref, b64]) => [
      ref,
      safeStorage.decryptString(Buffer.from(b64, 'base64')),
    ]),
  );
}

/** Encrypts and stores one secret; returns it for the backend's in-memory table. */
export function saveSecret(ref: string, value: string): Record<string, string> {
  if (!safeStorage.isEncryptionAvailable())
    throw new Error('keychain: OS encryption is not available');
  const stored = readAll();
  stored[ref] = safeStorage.encryptString(value).toString('base64');
  writeFileSync(file(), JSON.stringify(stored), { mode: 0o600 });
  return { [ref]: value };
}
