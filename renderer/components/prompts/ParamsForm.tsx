import { useApp } from '../../store/index.ts';

export function ParamsForm() {
  const model = useApp((s) => s.draft.model);
  const { setModelName, setNumericParam } = useApp.getState();

  return (
    <fieldset className="params" aria-label="Model parameters">
      <legend>Model defaults</legend>
      <label>
        Model
        <input
          aria-label="Model name"
          placeholder="(endpoint default)"
          value={model.name ?? ''}
          onChange={(e) => setModelName(e.target.value)}
        />
      </label>
      <label>
        Temperature
        <input
          aria-label="Temperature"
          type="number"
          min={0}
          max={2}
          step={0.1}
          value={model.temperature ?? ''}
          onChange={(e) => setNumericParam('temperature', e.target.value)}
        />
      </label>
      <label>
        Max tokens
        <input
          aria-label="Max tokens"
          type="number"
          min={1}
          step={1}
          value={model.max_tokens ?? ''}
          onChange={(e) => setNumericParam('max_tokens', e.target.value)}
        />
      </label>
    </fieldset>
  );
}
