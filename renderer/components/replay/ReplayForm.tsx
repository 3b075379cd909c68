import { useApp } from '../../store/index.ts';
import { modelPickKey, versionPickKey } from '../../store/replay-logic.ts';

export function ReplayForm() {
  const form = useApp((s) => s.replayForm);
  const goldenSets = useApp((s) => s.goldenSets);
  const prompts = useApp((s) => s.prompts);
  const versions = useApp((s) => s.replayVersions);
  const endpoints = useApp((s) => s.endpoints);
  const { setReplayGolden, setReplayPrompt, toggleVersionPick, toggleModelPick } =
    useApp.getState();
  const { setMinSimilarity, startReplay } = useApp.getState();
  const columns = form.versionPicks.length * form.modelPicks.length;

  return (
    <div className="stack" aria-label="Replay form">
      <label>
        Golden set
        <select
          aria-label="Replay golden set"
          value={form.golden}
          onChange={(e) => setReplayGolden(e.target.value)}
        >
          <option value="">(choose)</option>
          {goldenSets.map((g) => (
            <option key={g.id}>{g.name}</option>
          ))}
        </select>
      </label>
      <label>
        Prompt
        <select
          aria-label="Replay prompt"
          value={form.promptSlug}
          onChange={(e) => void setReplayPrompt(e.target.value)}
        >
          <option value="">(choose)</option>
          {prompts.map((p) => (
            <option key={p.id}>{p.slug}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Versions</legend>
        {versions.map((v) => {
          const key = versionPickKey(v.slug, v.number);
          return (
            <label key={key} className="check">
              <input
                type="checkbox"
                aria-label={`Replay ${key}`}
                checked={form.versionPicks.includes(key)}
                onChange={() => toggleVersionPick(key)}
              />
              {key} <span className="muted">{v.message}</span>
            </label>
          );
        })}
        {form.versionPicks.length > 0 && (
          <p className="muted">picked: {form.versionPicks.join(', ')}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>Models</legend>
        {endpoints.flatMap((e) =>
          e.models.map((m) => {
            const key = modelPickKey(e.id, m);
            return (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  aria-label={`Model ${e.name} ${m}`}
                  checked={form.modelPicks.includes(key)}
                  onChange={() => toggleModelPick(key)}
                />
                {m} <span className="muted">{e.name}</span>
              </label>
            );
          }),
        )}
      </fieldset>
      <label>
        Flag outputs less similar than (0–1, optional)
        <input
          aria-label="Minimum similarity"
          inputMode="decimal"
          placeholder="off, e.g. 0.6"
          value={form.minSimilarity}
          onChange={(e) => setMinSimilarity(e.target.value)}
        />
      </label>
      <p className="muted">
        {columns} column{columns === 1 ? '' : 's'}; the first is the baseline.
      </p>
      <button
        type="button"
        className="primary"
        disabled={columns === 0}
        onClick={() => void startReplay()}
      >
        Start replay
      </button>
    </div>
  );
}
