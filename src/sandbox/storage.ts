/**
 * Saved code, per sandbox, in localStorage. Storage can be missing (private browsing), full, or hold
 * something unreadable: every failure means "nothing saved", never an error that breaks the page.
 */
const PREFIX = 'micrograd-course:sandbox:';
const VERSION = 1;

interface Saved {
  v: number;
  code: string;
}

export interface CodeStore {
  load(): string | undefined;
  save(code: string): void;
  clear(): void;
}

export function codeStore(key: string, storage: () => Storage = () => localStorage): CodeStore {
  const fullKey = PREFIX + key;
  return {
    load() {
      try {
        const raw = storage().getItem(fullKey);
        if (raw === null) return undefined;
        const saved = JSON.parse(raw) as Partial<Saved>;
        return saved?.v === VERSION && typeof saved.code === 'string' ? saved.code : undefined;
      } catch {
        return undefined;
      }
    },
    save(code) {
      try {
        storage().setItem(fullKey, JSON.stringify({ v: VERSION, code } satisfies Saved));
      } catch {
        // Not saved; the learner's code is still in the editor.
      }
    },
    clear() {
      try {
        storage().removeItem(fullKey);
      } catch {
        // Nothing to clear.
      }
    },
  };
}
