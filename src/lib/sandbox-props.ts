/** The props an author gives <Sandbox>, checked at build time so a mistake names itself. */
export interface SandboxProps {
  /** Unique on its page: names the sandbox's saved code. Lowercase letters, digits and dashes. */
  id: string;
  /** The starting code (TypeScript), usually imported from a file beside the lesson with `?raw`. */
  code: string;
  /** What the sandbox is about, for its label: "Sandbox: <title>". */
  title: string;
  /** Re-run a moment after the learner stops typing. Default true. */
  live?: boolean;
  /** Seconds a run may take before it is stopped. Default 5. */
  timeLimit?: number;
}

export function checkSandboxProps(props: Partial<SandboxProps>): Required<SandboxProps> {
  const problems: string[] = [];
  if (typeof props.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(props.id)) {
    problems.push(`id must be lowercase letters, digits and dashes (like "seed-neuron"), got ${JSON.stringify(props.id)}`);
  }
  if (typeof props.code !== 'string' || props.code.trim() === '') problems.push('code must be the non-empty starting code');
  if (typeof props.title !== 'string' || props.title.trim() === '') problems.push('title must say what the sandbox is about');
  if (props.live !== undefined && typeof props.live !== 'boolean') problems.push(`live must be true or false, got ${JSON.stringify(props.live)}`);
  const timeLimit = props.timeLimit ?? 5;
  if (typeof timeLimit !== 'number' || !(timeLimit > 0 && timeLimit <= 600)) {
    problems.push(`timeLimit must be a number of seconds between 0 and 600, got ${JSON.stringify(props.timeLimit)}`);
  }
  if (problems.length > 0) throw new Error(`<Sandbox>: ${problems.join('; ')}.`);
  return { id: props.id!, code: props.code!.replace(/\s+$/, '') + '\n', title: props.title!, live: props.live ?? true, timeLimit };
}
