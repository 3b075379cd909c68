export interface CommandInput {
  args: string[];
  workspace: string;
}

export type Command = (input: CommandInput) => Promise<number>;
