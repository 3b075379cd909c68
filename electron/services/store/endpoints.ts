import { ApiError } from '../../../shared/api/errors.ts';
import { EndpointInput, type Endpoint, type EndpointId } from '../../../shared/domain/index.ts';
import type { Db } from './db.ts';
import type { EndpointRepo, SettingsRepo } from './types.ts';
import { fromJson, newId, notFound } from './util.ts';

interface EndpointRow {
  id: string;
  name: string;
  base_url: string;
  api_key_ref: string | null;
  models: string;
  price_in_per_m: number;
  price_out_per_m: number;
  concurrency: number;
  timeout_ms: number;
}

const toEndpoint = (r: EndpointRow): Endpoint => ({
  id: r.id as EndpointId,
  name: r.name,
  baseUrl: r.base_url,
  apiKeyRef: r.api_key_ref,
  models: fromJson<string[]>(r.models),
  priceInPerM: r.price_in_per_m,
  priceOutPerM: r.price_out_per_m,
  concurrency: r.concurrency,
  timeoutMs: r.timeout_ms,
});

/** Base URLs compare without trailing slashes: `http://x/v1/` and `http://x/v1` are one endpoint. */
const urlKey = (url: string): string => url.trim().replace(/\/+$/, '');

const DEFAULTS = {
  apiKeyRef: null,
  models: [],
  priceInPerM: 0,
  priceOutPerM: 0,
  concurrency: 4,
  timeoutMs: 60_000,
};

export function endpointRepo(db: Db): EndpointRepo {
  const find = (id: string): Endpoint | null => {
    const row = db.get<EndpointRow>('endpoints.get', 'SELECT * FROM endpoints WHERE id = ?', [id]);
    return row ? toEndpoint(row) : null;
  };

  /** Names pick an endpoint in lists and on the command line, so two may not look alike. */
  const nameTaken = (name: string, exceptId: string): boolean =>
    db.get<{ id: string }>(
      'endpoints.byName',
      'SELECT id FROM endpoints WHERE trim(name) = trim(?) COLLATE NOCASE AND id <> ? LIMIT 1',
      [name, exceptId],
    ) !== undefined;

  /** `name`, or `name (2)`, `name (3)`… when an endpoint already has it. */
  const freeName = (name: string): string => {
    let candidate = name;
    for (let n = 2; nameTaken(candidate, ''); n++) candidate = `${name} (${n})`;
    return candidate;
  };

  const save: EndpointRepo['save'] = (input) => {
    const parsed = EndpointInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError(
        'invalid-input',
        `store: endpoint.${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      );
    }
    const e = parsed.data;
    const id = e.id ?? newId();
    if (nameTaken(e.name, id)) {
      throw new ApiError('conflict', `endpoints: an endpoint named '${e.name}' already exists`);
    }
    db.run(
      'endpoints.upsert',
      `INSERT INTO endpoints VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, base_url = excluded.base_url,
         url_key = excluded.url_key, api_key_ref = excluded.api_key_ref, models = excluded.models,
         price_in_per_m = excluded.price_in_per_m, price_out_per_m = excluded.price_out_per_m,
         concurrency = excluded.concurrency, timeout_ms = excluded.timeout_ms`,
      [
        id,
        e.name,
        e.baseUrl,
        urlKey(e.baseUrl),
        e.apiKeyRef,
        JSON.stringify(e.models),
        e.priceInPerM,
        e.priceOutPerM,
        e.concurrency,
        e.timeoutMs,
      ],
    );
    return find(id) as Endpoint;
  };

  const ensureByUrl: EndpointRepo['ensureByUrl'] = (baseUrl, name) =>
    db.tx(() => {
      const sql = 'SELECT * FROM endpoints WHERE url_key = ? ORDER BY rowid LIMIT 1';
      const row = db.get<EndpointRow>('endpoints.byUrl', sql, [urlKey(baseUrl)]);
      if (row) return toEndpoint(row);
      const free = freeName(name ?? hostOf(baseUrl));
      return save({ ...DEFAULTS, name: free, baseUrl: urlKey(baseUrl) });
    });

  return {
    list: () =>
      db
        .all<EndpointRow>('endpoints.list', 'SELECT * FROM endpoints ORDER BY name')
        .map(toEndpoint),
    get: (id) => {
      const found = find(id);
      if (!found) throw notFound(`endpoint ${id}`);
      return found;
    },
    save: (input) => db.tx(() => save(input)),
    ensureByUrl,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function settingsRepo(db: Db): SettingsRepo {
  return {
    get: (key) =>
      db.get<{ value: string }>('settings.get', 'SELECT value FROM settings WHERE key = ?', [key])
        ?.value ?? null,
    set: (key, value) => {
      db.run(
        'settings.set',
        'INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
  };
}
