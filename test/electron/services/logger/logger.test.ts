import { describe, expect, it, vi } from 'vitest';
import { formatLine, logger } from '../../../../electron/services/logger.ts';

describe('logger', () => {
  it('writes one readable line per entry with its context, keys redacted', () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    logger('replay').warn(
      { runId: 'r1', apiKey: 'sk-secret', headers: { authorization: 'Bearer x' } },
      'slow cell',
    );
    spy.mockRestore();

    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\[replay\] warn: slow cell \{"runId":"r1","apiKey":"\[redacted\]"/);
    expect(writes[0]).not.toContain('sk-secret');
    expect(writes[0]).not.toContain('Bearer x');
  });

  it('formats a raw line without a name under [app]', () => {
    expect(formatLine('{"level":50,"time":1,"msg":"boom"}')).toBe('[app] error: boom\n');
  });
});
