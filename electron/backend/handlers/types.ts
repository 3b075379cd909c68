import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract.ts';
import type { HandlerContext } from '../context.ts';

type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerTable<K extends MethodName> = { [M in K]: Handler<M> };
