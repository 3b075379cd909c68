import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  count: number;
  ms: number;
  unit: string;
}

/** Times one piece of work that handles `count` items; best of `rounds` to damp noise. */
export async function measure(
  name: string,
  count: number,
  unit: string,
  work: () => unknown,
  rounds = 3,
): Promise<Figure> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return { name, count, ms: best, unit };
}

export function formatFigure({ name, count, ms, unit }: Figure): string {
  const rate = (count / ms) * 1000;
  return `${name.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms  ${rate.toFixed(0).padStart(8)} ${unit}/s  (n=${count})`;
}
