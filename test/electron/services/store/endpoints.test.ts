import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import type { EndpointInput } from '../../../../shared/domain/index.ts';
import { tempFile } from './helpers.ts';

let ws: Workspace;
beforeEach(() => {
  ws = openWorkspace(tempFile());
});
afterEach(() => ws.close());

const endpoint = (name: string, baseUrl: string): EndpointInput => ({
  name,
  baseUrl,
  apiKeyRef: null,
  models: [],
  priceInPerM: 0,
  priceOutPerM: 0,
  concurrency: 4,
  timeoutMs: 60_000,
});

describe('store: endpoints', () => {
  it('refuses a second endpoint with the same name, even in another case', () => {
    ws.endpoints.save(endpoint('fake', 'http://127.0.0.1:1/v1'));
    const again = () => ws.endpoints.save(endpoint('fake', 'http://127.0.0.1:2/v1'));
    expect(again).toThrow(
      expect.objectContaining({
        kind: 'conflict',
        message: "endpoints: an endpoint named 'fake' already exists",
      }),
    );
    expect(() => ws.endpoints.save(endpoint('Fake ', 'http://127.0.0.1:2/v1'))).toThrow(
      /already exists/,
    );
    expect(ws.endpoints.list()).toHaveLength(1);
  });

  it('lets an endpoint be saved again under its own name', () => {
    const saved = ws.endpoints.save(endpoint('fake', 'http://127.0.0.1:1/v1'));
    const updated = ws.endpoints.save({
      ...endpoint('fake', 'http://127.0.0.1:3/v1'),
      id: saved.id,
    });
    expect(updated).toMatchObject({ id: saved.id, baseUrl: 'http://127.0.0.1:3/v1' });
  });

  it('gives an endpoint created from a URL a free name when its host name is taken', () => {
    ws.endpoints.save(endpoint('127.0.0.1:11434', 'http://127.0.0.1:11434'));
    const made = ws.endpoints.ensureByUrl('http://127.0.0.1:11434/v1');
    expect(made.name).toBe('127.0.0.1:11434 (2)');
  });

  it('refuses a base URL that is not http or https, naming the field', () => {
    expect(() => ws.endpoints.save(endpoint('ftp', 'ftp://models.example.com/v1'))).toThrow(
      expect.objectContaining({
        kind: 'invalid-input',
        message: 'store: endpoint.baseUrl: must be an http:// or https:// URL',
      }),
    );
    expect(() => ws.endpoints.save(endpoint('x', 'not a url'))).toThrow(/endpoint\.baseUrl/);
    expect(ws.endpoints.save(endpoint('tls', 'https://api.example.com/v1')).name).toBe('tls');
  });
});
