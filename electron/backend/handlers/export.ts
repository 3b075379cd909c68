import { ApiError } from '../../../shared/api/errors.ts';
import { checkWorkTree, exportVersion } from '../../services/export/index.ts';
import type { HandlerTable } from './types.ts';

type ExportMethods = 'export.settings' | 'export.configure' | 'export.version';

export const exportHandlers: HandlerTable<ExportMethods> = {
  'export.settings': (_input, { ws }) => ({ repoPath: ws.settings.get('export.repoPath') }),
  'export.configure': async ({ repoPath }, { ws }) => {
    await checkWorkTree(repoPath);
    ws.settings.set('export.repoPath', repoPath);
    return { repoPath };
  },
  'export.version': ({ slug, number }, { ws }) => {
    const repoPath = ws.settings.get('export.repoPath');
    if (!repoPath)
      throw new ApiError('export', 'export: no repository set; choose one in Settings');
    return exportVersion(ws, slug, number, repoPath);
  },
};
