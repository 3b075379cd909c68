import { approve } from './approve.ts';
import { auditExport, auditList, auditVerify } from './audit.ts';
import { exportCommand } from './export.ts';
import { goldenImport } from './golden.ts';
import { label } from './label.ts';
import { promptSave, promptVersions } from './prompt.ts';
import { replay, retry } from './replay.ts';
import { runsList } from './runs.ts';
import { serve } from './serve.ts';
import type { Command } from './types.ts';

export const commands: Record<string, Command> = {
  serve,
  'prompt save': promptSave,
  'prompt versions': promptVersions,
  'golden import': goldenImport,
  replay,
  retry,
  runs: runsList,
  approve,
  label,
  export: exportCommand,
  'audit verify': auditVerify,
  'audit list': auditList,
  'audit export': auditExport,
};

export const USAGE = `Usage: promptledger [--workspace FILE] COMMAND

Commands:
  serve [--port N]                        serve the UI to a browser on 127.0.0.1
  prompt save SLUG --file P.yaml [--message M]
                                          save the file as the prompt's next version
  prompt versions SLUG                    list a prompt's versions
  golden import FILE --name NAME [--expected COLUMN] [--id COLUMN]
                                          import a golden set (CSV, JSONL, YAML); the
                                          expected output is the column expected unless named
  replay --prompt SLUG@V1[,V2] --golden NAME --endpoint URL --model M1[,M2]
         [--baseline SLUG@V] [--report FILE.json] [--api-key-env VAR] [--snapshot N]
         [--min-similarity 0..1]
                                          replay the golden set; exit 1 on a failed
                                          check or a regression against the baseline
                                          (with --min-similarity, an output that drifted
                                          further than that from the baseline's counts)
  runs                                    list runs, newest first, with their status
  retry RUN_ID [--report FILE.json]       re-run a run's failed cells and the cells an
                                          interrupted run never reached
  approve SLUG@V [--note TEXT]            approve a version
  label SLUG@V NAME                       point a label (production, staging…) at a
                                          version; moving it back is a rollback
  export SLUG@V --repo PATH               write an approved version to a git repo, commit
  audit verify                            recompute the audit hash chain
  audit list [--prompt SLUG] [--version N] [--json]
  audit export [--prompt SLUG] [--version N] --out FILE.json
                                          every matching record, oldest first, with
                                          the chain's verdict, as evidence for review

The workspace defaults to PROMPTLEDGER_WORKSPACE or the user data folder.
Exit codes: 0 ok, 1 failed checks, regressions or errors, 2 bad usage or configuration.`;
