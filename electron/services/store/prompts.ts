import { ApiError } from '../../../shared/api/errors.ts';
import {
  PromptContent,
  Slug,
  type Prompt,
  type PromptId,
  type PromptVersion,
  type VersionId,
} from '../../../shared/domain/index.ts';
import { templateErrors } from '../../../shared/templates/index.ts';
import { hashCanonical } from '../hash.ts';
import type { Db } from './db.ts';
import type { PromptRepo, VersionRepo } from './types.ts';
import { fromJson, isUniqueViolation, newId, notFound, now } from './util.ts';

interface PromptRow {
  id: string;
  slug: string;
  description: string;
  tags: string;
  created_at: string;
  latest: number | null;
}

const PROMPT_SELECT = `SELECT p.id, p.slug, p.description, p.tags, p.created_at,
  (SELECT max(number) FROM prompt_versions v WHERE v.prompt_id = p.id) AS latest
  FROM prompts p`;

export function checkSlug(slug: string): string {
  const parsed = Slug.safeParse(slug);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-input',
      `store: "${slug}": ${parsed.error.issues[0]?.message ?? 'invalid slug'}`,
    );
  }
  return parsed.data;
}

function labelsOf(db: Db, promptId: string): Record<string, number> {
  const rows = db.all<{ label: string; number: number }>(
    'prompts.labels',
    `SELECT label, number FROM label_moves WHERE seq IN
       (SELECT max(seq) FROM label_moves WHERE prompt_id = ? GROUP BY label)
     ORDER BY label`,
    [promptId],
  );
  return Object.fromEntries(rows.map((r) => [r.label, r.number]));
}

function toPrompt(db: Db, row: PromptRow): Prompt {
  return {
    id: row.id as PromptId,
    slug: row.slug,
    description: row.description,
    tags: fromJson<string[]>(row.tags),
    createdAt: row.created_at,
    latestVersion: row.latest,
    labels: labelsOf(db, row.id),
  };
}

export function promptRepo(db: Db): PromptRepo {
  const find = (slug: string): Prompt | null => {
    const row = db.get<PromptRow>('prompts.get', `${PROMPT_SELECT} WHERE p.slug = ?`, [slug]);
    return row ? toPrompt(db, row) : null;
  };

  const create: PromptRepo['create'] = (input) => {
    const slug = checkSlug(input.slug);
    try {
      db.run('prompts.insert', 'INSERT INTO prompts VALUES (?, ?, ?, ?, ?)', [
        newId(),
        slug,
        input.description,
        JSON.stringify(input.tags),
        now(),
      ]);
    } catch (err) {
      if (isUniqueViolation(err))
        throw new ApiError('conflict', `store: prompt ${slug} already exists`);
      throw err;
    }
    return find(slug) as Prompt;
  };

  const ensure: PromptRepo['ensure'] = (input) =>
    db.tx(() => {
      const existing = find(input.slug);
      if (!existing) {
        return create({
          slug: input.slug,
          description: input.description ?? '',
          tags: input.tags ?? [],
        });
      }
      if (input.description === undefined && input.tags === undefined) return existing;
      db.run('prompts.update', 'UPDATE prompts SET description = ?, tags = ? WHERE id = ?', [
        input.description ?? existing.description,
        JSON.stringify(input.tags ?? existing.tags),
        existing.id,
      ]);
      return find(input.slug) as Prompt;
    });

  return {
    list: () =>
      db
        .all<PromptRow>('prompts.list', `${PROMPT_SELECT} ORDER BY p.slug`)
        .map((r) => toPrompt(db, r)),
    get: (slug) => find(slug) ?? throwNotFound(`prompt ${slug}`),
    create: (input) => db.tx(() => create(input)),
    ensure,
  };
}

function throwNotFound(what: string): never {
  throw notFound(what);
}

interface VersionRow {
  id: string;
  prompt_id: string;
  slug: string;
  number: number;
  content: string;
  content_hash: string;
  parent_number: number | null;
  message: string;
  author: string;
  created_at: string;
}

const VERSION_SELECT = `SELECT v.*, p.slug FROM prompt_versions v JOIN prompts p ON p.id = v.prompt_id`;

function toVersion(row: VersionRow): PromptVersion {
  return {
    id: row.id as VersionId,
    promptId: row.prompt_id as PromptId,
    slug: row.slug,
    number: row.number,
    content: fromJson<PromptContent>(row.content),
    contentHash: row.content_hash,
    parentNumber: row.parent_number,
    message: row.message,
    author: row.author,
    createdAt: row.created_at,
  };
}

export function versionRepo(db: Db, prompts: PromptRepo): VersionRepo {
  const latest = (slug: string): PromptVersion | null => {
    const sql = `${VERSION_SELECT} WHERE p.slug = ? ORDER BY v.number DESC LIMIT 1`;
    const row = db.get<VersionRow>('versions.latest', sql, [slug]);
    return row ? toVersion(row) : null;
  };

  const save: VersionRepo['save'] = (input) => {
    const content = parseContent(input.content);
    checkTemplates(content);
    const contentHash = hashCanonical(content);
    return db.tx(() => {
      const prompt = prompts.ensure({ slug: input.slug });
      const previous = latest(prompt.slug);
      if (previous?.contentHash === contentHash) return previous;

      const number = (previous?.number ?? 0) + 1;
      db.run('versions.insert', 'INSERT INTO prompt_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        newId(),
        prompt.id,
        number,
        JSON.stringify(content),
        contentHash,
        previous?.number ?? null,
        input.message,
        input.author,
        now(),
      ]);
      return latest(prompt.slug) as PromptVersion;
    });
  };

  return {
    list: (slug) =>
      db
        .all<VersionRow>(
          'versions.list',
          `${VERSION_SELECT} WHERE p.slug = ? ORDER BY v.number DESC`,
          [slug],
        )
        .map(toVersion),
    get: (slug, number) => {
      const sql = `${VERSION_SELECT} WHERE p.slug = ? AND v.number = ?`;
      const row = db.get<VersionRow>('versions.get', sql, [slug, number]);
      return row ? toVersion(row) : throwNotFound(`${slug} v${number}`);
    },
    latest,
    save,
  };
}

/** Normalises content (schema defaults filled in) so equal prompts always hash the same. */
function parseContent(content: PromptContent): PromptContent {
  const parsed = PromptContent.safeParse(content);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError(
    'invalid-input',
    `store: content.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
  );
}

/**
 * Refuses a version whose message templates do not parse, naming the message (0-based, as in
 * `content.messages.0`) and where in it; every saving path (app, CLI, restore) comes here.
 */
function checkTemplates(content: PromptContent): void {
  content.messages.forEach((message, index) => {
    const error = templateErrors(message.content)[0];
    if (!error) return;
    const where = `line ${error.line}, column ${error.column}`;
    throw new ApiError('template', `versions.save: messages.${index}: ${error.message} (${where})`);
  });
}
