import pino from 'pino';

/**
 * The one logger. Writes to stderr so the command line's stdout stays clean for its results;
 * keys and authorization headers are redacted wherever they appear in a context object.
 * Level from PROMPTLEDGER_LOG (trace, debug, info, warn, error, silent); `warn` by default.
 */
const root = pino(
  {
    level: process.env['PROMPTLEDGER_LOG'] ?? 'warn',
    base: null,
    redact: {
      paths: [
        'apiKey',
        '*.apiKey',
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.headers.authorization',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);

export type Logger = pino.Logger;

/** A named child logger, e.g. `logger('replay')`; its lines carry `name: "replay"`. */
export function logger(name: string): Logger {
  return root.child({ name });
}
