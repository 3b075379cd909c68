/** The import form as typed; optional columns stay '' until the user names one. */
export interface ImportFields {
  name: string;
  expectedColumn: string;
  idColumn: string;
}

export interface ImportRequest {
  name: string;
  fileName: string;
  text: string;
  expectedColumn?: string;
  idColumn?: string;
}

/** The golden set's name: as typed, else the file's name without its extension. */
export function goldenName(typed: string, fileName: string): string {
  const name = typed.trim();
  if (name !== '') return name;

  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The `golden.import` input; blank optional columns are left out so the backend's defaults apply. */
export function importRequest(fields: ImportFields, fileName: string, text: string): ImportRequest {
  const expectedColumn = fields.expectedColumn.trim();
  const idColumn = fields.idColumn.trim();
  return {
    name: goldenName(fields.name, fileName),
    fileName,
    text,
    ...(expectedColumn === '' ? {} : { expectedColumn }),
    ...(idColumn === '' ? {} : { idColumn }),
  };
}

/** Long cell text, cut for the cases table: a 5 MB value must not hide the other columns. */
export function clipCell(text: string, limit = 300): { text: string; clipped: number } {
  if (text.length <= limit) return { text, clipped: 0 };

  return { text: `${text.slice(0, limit)}…`, clipped: text.length };
}
