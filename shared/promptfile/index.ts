import {
  Document,
  LineCounter,
  isMap,
  isPair,
  isScalar,
  parseAllDocuments,
  parseDocument,
  type Node,
  type YAMLError,
} from 'yaml';
import { z } from 'zod';
import { ApiError } from '../api/errors.ts';
import {
  CheckSpec,
  Message,
  ModelParams,
  PromptContent,
  Slug,
  type Approval,
  type PromptVersion,
} from '../domain/index.ts';

/** What a prompt file holds: the prompt's identity and one version's content. */
export interface PromptFile {
  slug: string;
  description: string;
  tags: string[];
  content: PromptContent;
}

/** The `version:` block an export adds; read back, it is ignored. */
export interface PromptFileVersion {
  number: number;
  content_hash: string;
  parent: number | null;
  message: string;
  author: string;
  created_at: string;
  approved_by: string | null;
  approved_at: string | null;
  approval_note: string | null;
}

const FileSchema = z
  .object({
    slug: Slug,
    description: z.string().default(''),
    tags: z.array(z.string()).default([]),
    model: ModelParams.default({}),
    messages: z.array(Message).min(1, 'at least one message').optional(),
    template: z.string().optional(),
    checks: z.array(CheckSpec).default([]),
    version: z.unknown().optional(),
  })
  .strict();

/** Parses and validates a prompt file; errors name the file, the field path and the line. */
export function parsePromptFile(text: string, fileName: string): PromptFile {
  if (fileName.toLowerCase().endsWith('.prompty') && FRONT_MATTER.test(text)) {
    throw fileError(fileName, PROMPTY);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const syntax = doc.errors[0];
  if (syntax) throw syntaxError(text, fileName, syntax);

  const parsed = FileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw schemaError(fileName, parsed.error.issues[0], doc, lineCounter);
  return toPromptFile(parsed.data, fileName);
}

function toPromptFile(data: z.infer<typeof FileSchema>, fileName: string): PromptFile {
  if (data.messages && data.template !== undefined) {
    throw fileError(fileName, 'template: give either messages or template, not both');
  }
  const messages =
    data.messages ??
    (data.template === undefined ? undefined : [{ role: 'user' as const, content: data.template }]);
  if (!messages) throw fileError(fileName, 'messages: required (or a single template)');

  const content = PromptContent.parse({ messages, model: data.model, checks: data.checks });
  return { slug: data.slug, description: data.description, tags: data.tags, content };
}

/** Prompty's layout: YAML front matter between `---` lines, then a free-text body. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/;

const PROMPTY =
  'looks like a Prompty file (front matter between --- lines); Prompty import is not ' +
  'supported yet — convert it to the prompt file format (see README)';

function syntaxError(text: string, fileName: string, syntax: YAMLError): ApiError {
  if (syntax.code === 'MULTIPLE_DOCS') {
    if (FRONT_MATTER.test(text) && !secondIsMapping(text)) return fileError(fileName, PROMPTY);
    return fileError(fileName, 'more than one YAML document; put one prompt per file');
  }
  const pos = syntax.linePos?.[0] ?? { line: 1, col: 1 };
  const what =
    syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
  return fileError(fileName, `line ${pos.line}, column ${pos.col}: ${what}`);
}

/** Two prompts in one file have a mapping after the first `---`; a Prompty body is prose. */
function secondIsMapping(text: string): boolean {
  const second = parseAllDocuments(text)[1];
  return !!second && second.errors.length === 0 && isMap(second.contents);
}

function fileError(fileName: string, detail: string): ApiError {
  return new ApiError('invalid-input', `prompt file ${fileName}: ${detail}`);
}

type Issue = z.core.$ZodIssue | undefined;

function schemaError(fileName: string, issue: Issue, doc: Document, lines: LineCounter): ApiError {
  if (!issue) return fileError(fileName, 'invalid');
  const path = issue.path.map(String);
  const node = doc.getIn(path, true) as Node | undefined;
  const at = node?.range ? lines.linePos(node.range[0]) : null;
  const where = at ? ` (line ${at.line}, column ${at.col})` : '';
  const field = path.length > 0 ? path.join('.') : 'file';
  return fileError(fileName, `${field}: ${issue.message}${where}`);
}

/** Version metadata for an export, from a version and the approval that allows it. */
export function versionMeta(version: PromptVersion, approval: Approval | null): PromptFileVersion {
  return {
    number: version.number,
    content_hash: version.contentHash,
    parent: version.parentNumber,
    message: version.message,
    author: version.author,
    created_at: version.createdAt,
    approved_by: approval?.approver ?? null,
    approved_at: approval?.createdAt ?? null,
    approval_note: approval?.note ?? null,
  };
}

/**
 * Writes a prompt file as readable YAML: short maps and lists inline, long texts as block
 * scalars, keys in a fixed order so exports diff cleanly in git.
 */
export function serializePromptFile(file: PromptFile, version?: PromptFileVersion): string {
  const { content } = file;
  const body: Record<string, unknown> = {
    slug: file.slug,
    description: file.description,
    tags: file.tags,
    model: content.model,
    messages: content.messages,
  };
  if (content.checks.length > 0) body['checks'] = content.checks;
  if (version) body['version'] = version;

  const doc = new Document(body);
  flowIfFlat(doc, ['tags']);
  flowIfFlat(doc, ['model']);
  // lineWidth 0: never fold long lines, so a one-word edit is a one-line diff.
  return doc.toString({ lineWidth: 0 });
}

/** Inline a collection only when all its members are scalars (keeps nested schemas readable). */
function flowIfFlat(doc: Document, path: string[]): void {
  const node = doc.getIn(path, true) as { flow?: boolean; items?: unknown[] } | undefined;
  if (!node?.items) return;
  node.flow = node.items.every((item) => isScalar(isPair(item) ? item.value : item));
}
