import { useState } from 'react';
import { useApp } from '../../store/index.ts';

/** Asks for the commit message; opened by the Save button or Ctrl/Cmd+S. */
export function SaveDialog() {
  const open = useApp((s) => s.saveOpen);
  const { save, closeSave } = useApp.getState();
  const [message, setMessage] = useState('');
  if (!open) return null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await save(message.trim());
    setMessage('');
  };

  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Save version"
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => e.key === 'Escape' && closeSave()}
      >
        <h3>Save a new version</h3>
        <input
          autoFocus
          aria-label="Commit message"
          placeholder="What changed and why"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <div className="row end">
          <button type="button" onClick={closeSave}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={message.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </div>
  );
}
