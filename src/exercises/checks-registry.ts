// Each exercise's checks, loaded on demand by id (one small chunk per exercise), on the page and in the
// check worker alike.
import type { Check } from '../checks/define.ts';

const modules = import.meta.glob<{ default: Array<Check<never>> }>('../../content/exercises/*/checks.ts');

export async function loadChecks(id: string): Promise<Array<Check<never>>> {
  const load = modules[`../../content/exercises/${id}/checks.ts`];
  if (!load) throw new Error(`No checks for exercise "${id}"`);
  return (await load()).default;
}
