import { useState } from 'react';
import { useApp } from '../../store/index.ts';

export function NewPromptForm() {
  const createPrompt = useApp((s) => s.createPrompt);
  const [slug, setSlug] = useState('');
  const [description, setDescription] = useState('');

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await createPrompt(slug.trim(), description.trim())) {
      setSlug('');
      setDescription('');
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label="New prompt">
      <input
        aria-label="New prompt slug"
        placeholder="slug, e.g. support/triage"
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
      />
      <input
        aria-label="New prompt description"
        placeholder="description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <button type="submit" disabled={slug.trim() === ''}>
        Create prompt
      </button>
    </form>
  );
}
