import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical.ts';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The content hash of any JSON value, over its canonical serialisation. */
export function hashCanonical(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
