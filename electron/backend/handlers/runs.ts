import { findRegressions, summarise } from '../../../shared/summary/index.ts';
import { logger } from '../../services/logger.ts';
import { cancelReplay, retryFailed, startReplay } from '../../services/replay/index.ts';
import type { Run } from '../../../shared/domain/index.ts';
import type { HandlerTable } from './types.ts';

type RunMethods =
  'replay.start' | 'replay.retryFailed' | 'replay.cancel' | 'runs.list' | 'runs.report';

const log = logger('replay');

/** The run goes on in the background; the caller follows it through events. */
function detach(started: { run: Run; done: Promise<Run> }) {
  started.done.catch((error: unknown) => log.error({ runId: started.run.id, error }, 'run failed'));
  return { runId: started.run.id };
}

export const runHandlers: HandlerTable<RunMethods> = {
  'replay.start': (input, ctx) => detach(startReplay(ctx, input)),
  'replay.retryFailed': ({ runId }, ctx) => detach(retryFailed(ctx, runId)),
  'replay.cancel': ({ runId }) => ({ cancelled: cancelReplay(runId) }),
  'runs.list': (_input, { ws }) => ws.runs.list(),
  'runs.report': ({ runId }, { ws }) => {
    const run = ws.runs.get(runId);
    const cells = ws.runs.cells(runId);
    return {
      run,
      cells,
      summaries: summarise(run, cells),
      regressions: findRegressions(run, cells),
    };
  },
};
