import type { Endpoint, EndpointInput, EndpointPreset } from '../../shared/domain/index.ts';
import { EndpointId } from '../../shared/domain/index.ts';
import { client, keychain } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { succeeded, failed } from './banner.ts';
import type { Slice } from './types.ts';

export interface Detected {
  baseUrl: string;
  name: string;
  models: string[];
}

/** The add/edit form, as typed: strings until saved. */
export interface EndpointForm {
  id: string | null;
  name: string;
  baseUrl: string;
  apiKeyRef: string;
  models: string;
  priceInPerM: string;
  priceOutPerM: string;
  concurrency: string;
  timeoutMs: string;
}

export interface EndpointsSlice {
  endpoints: Endpoint[];
  presets: EndpointPreset[];
  detected: Detected[] | null;
  endpointForm: EndpointForm;
  loadEndpoints(): Promise<void>;
  editEndpoint(endpoint: Endpoint | null): void;
  setEndpointField(field: keyof Omit<EndpointForm, 'id'>, value: string): void;
  applyPreset(preset: EndpointPreset): void;
  applyDetected(found: Detected): void;
  detectEndpoints(): Promise<void>;
  /** Asks the saved endpoint which models it serves and fills them into the form. */
  fetchModels(): Promise<void>;
  /** Puts an API key in the OS keychain under the form's key name; the key is never kept here. */
  storeApiKey(value: string): Promise<boolean>;
  saveEndpoint(): Promise<void>;
}

const blankForm = (): EndpointForm => ({
  id: null,
  name: '',
  baseUrl: '',
  apiKeyRef: '',
  models: '',
  priceInPerM: '0',
  priceOutPerM: '0',
  concurrency: '4',
  timeoutMs: '60000',
});

function formOf(e: Endpoint): EndpointForm {
  return {
    id: e.id,
    name: e.name,
    baseUrl: e.baseUrl,
    apiKeyRef: e.apiKeyRef ?? '',
    models: e.models.join(', '),
    priceInPerM: String(e.priceInPerM),
    priceOutPerM: String(e.priceOutPerM),
    concurrency: String(e.concurrency),
    timeoutMs: String(e.timeoutMs),
  };
}

/** The form as the contract's input; the backend validates the rest and names bad fields. */
export function endpointInput(f: EndpointForm): EndpointInput {
  const input: EndpointInput = {
    name: f.name.trim(),
    baseUrl: f.baseUrl.trim(),
    apiKeyRef: f.apiKeyRef.trim() === '' ? null : f.apiKeyRef.trim(),
    models: f.models
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== ''),
    priceInPerM: Number(f.priceInPerM || 0),
    priceOutPerM: Number(f.priceOutPerM || 0),
    concurrency: Number(f.concurrency || 1),
    timeoutMs: Number(f.timeoutMs || 60000),
  };
  return f.id === null ? input : { ...input, id: EndpointId.parse(f.id) };
}

export const createEndpointsSlice: Slice<EndpointsSlice> = (set, get) => ({
  endpoints: [],
  presets: [],
  detected: null,
  endpointForm: blankForm(),

  async loadEndpoints() {
    const loaded = await attempt(set, () =>
      Promise.all([client.api['endpoints.list']({}), client.api['endpoints.presets']({})]),
    );
    if (loaded) set({ endpoints: loaded[0], presets: loaded[1] });
  },

  editEndpoint: (endpoint) => set({ endpointForm: endpoint ? formOf(endpoint) : blankForm() }),

  setEndpointField: (field, value) =>
    set({ endpointForm: { ...get().endpointForm, [field]: value } }),

  applyPreset(preset) {
    const apiKeyRef = preset.apiKeyRef ?? '';
    set({
      endpointForm: { ...blankForm(), name: preset.name, baseUrl: preset.baseUrl, apiKeyRef },
    });
  },

  applyDetected(found) {
    const models = found.models.join(', ');
    set({ endpointForm: { ...blankForm(), name: found.name, baseUrl: found.baseUrl, models } });
  },

  async detectEndpoints() {
    set({ detected: null });
    const found = await attempt(set, () => client.api['endpoints.detect']({}));
    set({ detected: found ?? [] });
  },

  async fetchModels() {
    const { id } = get().endpointForm;
    if (id === null) {
      set(failed('endpoints: save the endpoint first, then fetch its models'));
      return;
    }

    const models = await attempt(set, () => client.api['endpoints.models']({ id }));
    if (!models) return;
    set({
      endpointForm: { ...get().endpointForm, models: models.join(', ') },
      ...succeeded(
        `${models.length} model${models.length === 1 ? '' : 's'} found; save to keep them`,
      ),
    });
  },

  async storeApiKey(value) {
    const ref = get().endpointForm.apiKeyRef.trim();
    if (ref === '' || value === '') {
      set(failed('endpoints: give the key a name (e.g. OPENAI_API_KEY) and paste the key'));
      return false;
    }

    const stored = await attempt(set, async () => {
      await keychain.store(ref, value);
      return true;
    });
    if (stored) set(succeeded(`Stored ${ref} in the OS keychain`));
    return stored === true;
  },

  async saveEndpoint() {
    const saved = await attempt(set, () =>
      client.api['endpoints.save'](endpointInput(get().endpointForm)),
    );
    if (!saved) return;

    await get().loadEndpoints();
    set({ endpointForm: formOf(saved), ...succeeded(`Saved endpoint ${saved.name}`) });
  },
});
