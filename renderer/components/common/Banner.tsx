import { useApp } from '../../store/index.ts';

/** API errors verbatim (they name file, line and column), and the last success notice. */
export function Banner() {
  const error = useApp((s) => s.error);
  const notice = useApp((s) => s.notice);
  const dismissError = useApp((s) => s.dismissError);
  const dismissNotice = useApp((s) => s.dismissNotice);

  return (
    <>
      {error !== null && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <pre>{error}</pre>
          <button type="button" aria-label="Dismiss error" onClick={dismissError}>
            ×
          </button>
        </div>
      )}
      {notice !== null && (
        <div className="banner banner-notice" role="status" data-testid="notice">
          <span>{notice}</span>
          <button type="button" aria-label="Dismiss notice" onClick={dismissNotice}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
