import { Suspense } from 'react';
import type { Role } from '../../../shared/domain/index.ts';
import { TemplateEditor } from '../../editor/lazy.tsx';
import { useApp } from '../../store/index.ts';
import { syntaxError, undefinedVariables } from '../../store/variables.ts';

const roles: Role[] = ['system', 'user', 'assistant'];

export function MessageList() {
  const messages = useApp((s) => s.draft.messages);
  const varsGolden = useApp((s) => s.varsGolden);
  const varsColumns = useApp((s) => s.varsColumns);
  const { setRole, setContent, addMessage, removeMessage, openSave } = useApp.getState();
  const columns = varsGolden === null ? null : varsColumns;

  return (
    <div className="messages">
      {messages.map((m, i) => {
        const missing = undefinedVariables(m.content, columns);
        const syntax = syntaxError(m.content);
        return (
          <div className="message" key={i} data-testid={`message-${i}`}>
            <div className="message-head">
              <select
                aria-label={`Role of message ${i + 1}`}
                value={m.role}
                onChange={(e) => setRole(i, e.target.value as Role)}
              >
                {roles.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
              {missing.length > 0 && (
                <span className="warn" data-testid="undefined-vars">
                  not in {varsGolden}: {missing.join(', ')}
                </span>
              )}
              {syntax && <span className="fail">{syntax}</span>}
              <span className="spacer" />
              <button
                type="button"
                aria-label={`Remove message ${i + 1}`}
                disabled={messages.length <= 1}
                onClick={() => removeMessage(i)}
              >
                Remove
              </button>
            </div>
            <Suspense fallback={<div className="editor-loading muted">Loading editor…</div>}>
              <TemplateEditor
                value={m.content}
                onChange={(text) => setContent(i, text)}
                onSave={openSave}
                columns={columns}
                goldenName={varsGolden}
                label={`Message ${i + 1} template`}
              />
            </Suspense>
          </div>
        );
      })}
      <button type="button" onClick={addMessage}>
        + Add message
      </button>
    </div>
  );
}
