import type { ChatMessage, ChatRequestBody, ScriptRule } from './types.ts';

interface LiveRule {
  rule: ScriptRule;
  used: number;
}

/** The scripted rules in order, each counting how often it has applied. */
export class Script {
  private readonly rules: LiveRule[];

  constructor(rules: ScriptRule[]) {
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
  }

  prepend(rule: ScriptRule): void {
    this.rules.unshift({ rule, used: 0 });
  }

  /** The first rule that applies to this request (and counts the use), or null. */
  take(body: ChatRequestBody): ScriptRule | null {
    const live = this.rules.find((entry) => applies(entry, body));
    if (!live) return null;

    live.used += 1;
    return live.rule;
  }
}

function applies({ rule, used }: LiveRule, body: ChatRequestBody): boolean {
  if (rule.times !== undefined && used >= rule.times) return false;
  if (rule.model !== undefined && rule.model !== body.model) return false;
  if (rule.match === undefined) return true;

  const text = lastUserMessage(body.messages ?? []);
  return typeof rule.match === 'string' ? text.includes(rule.match) : rule.match.test(text);
}

export function lastUserMessage(messages: ChatMessage[]): string {
  const users = messages.filter((message) => message.role === 'user');
  return users.at(-1)?.content ?? '';
}

/** The answer a rule gives, or the default: an echo of the last user message. */
export function answerFor(rule: ScriptRule | null, body: ChatRequestBody): string {
  const answer = rule?.answer;
  if (typeof answer === 'function') return answer(body);
  if (typeof answer === 'string') return answer;
  return `echo: ${lastUserMessage(body.messages ?? [])}`;
}

/** Our token count: whitespace-separated words, at least one per non-empty text. */
export function countTokens(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

export function promptTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + countTokens(message.content), 0);
}

/** The answer cut to `max_tokens` words when the request asks for fewer than it has. */
export function limitAnswer(answer: string, body: ChatRequestBody): { text: string; cut: boolean } {
  const limit = body.max_completion_tokens ?? body.max_tokens;
  const words = answer.split(/(?<=\s)(?=\S)/);
  if (limit === undefined || countTokens(answer) <= limit) return { text: answer, cut: false };
  return { text: words.slice(0, limit).join('').trimEnd(), cut: true };
}
