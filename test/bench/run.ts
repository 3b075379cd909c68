// `npm run bench`: prints throughput figures for the hot paths, on real files and real HTTP.
// Figures, not pass/fail: compare them across commits on the same machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../../electron/services/store/index.ts';
import { formatFigure } from './measure.ts';
import { cellWorkFigures, replayFigures } from './replay.bench.ts';
import { storeFigures } from './store.bench.ts';

const dataDir = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pl-bench-'));
let n = 0;
const open = () => openWorkspace(join(dir, `bench-${(n += 1)}.sqlite`));

process.stdout.write(`Promptledger benchmarks: Node ${process.version}, ${cpus().length} cores\n`);
try {
  const figures = [
    ...(await storeFigures(open, dataDir)),
    ...(await cellWorkFigures(dataDir)),
    ...(await replayFigures(open, dataDir)),
  ];
  for (const figure of figures) process.stdout.write(`${formatFigure(figure)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
