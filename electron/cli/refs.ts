import { UsageError } from './exit.ts';

export interface VersionRef {
  slug: string;
  number: number;
}

/** Parses `SLUG@V`. */
export function parseVersionRef(text: string): VersionRef {
  const refs = parseVersionRefs(text);
  if (refs.length !== 1) throw new UsageError(`expected one SLUG@VERSION, got '${text}'`);
  return refs[0] as VersionRef;
}

/** Parses `SLUG@V1,V2` (versions of one prompt) or `A@1,B@2`. */
export function parseVersionRefs(text: string): VersionRef[] {
  let slug = '';
  return text.split(',').map((part) => {
    const at = part.lastIndexOf('@');
    if (at > 0) slug = part.slice(0, at);
    const number = Number(at >= 0 ? part.slice(at + 1) : part);
    if (!slug || !Number.isInteger(number) || number < 1) {
      throw new UsageError(`'${text}' is not SLUG@VERSION[,VERSION...] (e.g. support/triage@1,2)`);
    }
    return { slug, number };
  });
}
