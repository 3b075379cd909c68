import pino from 'pino';

/**
 * The one logger. Lines go to stderr, so the command line's stdout stays clean for results,
 * as `[name] level: message {context}`; keys, tokens and authorization headers are redacted
 * wherever they appear in a context object. Level from PROMPTLEDGER_LOG (trace, debug, info,
 * warn, error, silent); `warn` by default.
 */
const levels: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** Turns pino's JSON line into one readable line; context keys follow the message. */
export function formatLine(json: string): string {
  const { level, time, name, msg, ...context } = JSON.parse(json) as Record<string, unknown>;
  void time;
  const rest = Object.keys(context).length > 0 ? ` ${JSON.stringify(context)}` : '';
  return `[${String(name ?? 'app')}] ${levels[level as number] ?? level}: ${String(msg ?? '')}${rest}\n`;
}

const stderrLines = { write: (line: string) => void process.stderr.write(formatLine(line)) };

const root = pino(
  {
    level: process.env['PROMPTLEDGER_LOG'] ?? 'warn',
    base: null,
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
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
  stderrLines,
);

export type Logger = pino.Logger;

/** A named child logger, e.g. `logger('replay')`; its lines start with `[replay]`. */
export function logger(name: string): Logger {
  return root.child({ name });
}
