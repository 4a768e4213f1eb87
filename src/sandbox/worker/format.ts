// How console.log shows a learner's values: objects that know how to print themselves (a Value as the
// seed's repr, a tensor as PyTorch's) as they say, arrays and other objects readably.

const MAX_ITEMS = 50;
const MAX_DEPTH = 3;

/** console.log's arguments joined as a line: strings as they are, everything else formatted. */
export function formatLogLine(args: unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : formatValue(arg))).join(' ');
}

export function formatValue(x: unknown, depth = 0, seen = new Set<object>()): string {
  if (hasOwnToString(x)) return String(x);
  if (typeof x === 'string') return depth === 0 ? x : JSON.stringify(x);
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  if (typeof x === 'bigint') return `${x}n`;
  if (typeof x === 'function') return `[Function${x.name ? ` ${x.name}` : ''}]`;
  if (typeof x === 'symbol' || typeof x === 'boolean' || x === undefined || x === null) return String(x);
  if (x instanceof Error) return `${x.name}: ${x.message}`;
  if (seen.has(x)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(x) ? '[Array]' : '[Object]';
  seen.add(x);
  try {
    const inner = (v: unknown) => formatValue(v, depth + 1, seen);
    if (Array.isArray(x) || ArrayBuffer.isView(x)) {
      const items = Array.from(x as ArrayLike<unknown>);
      const shown = items.slice(0, MAX_ITEMS).map(inner);
      if (items.length > MAX_ITEMS) shown.push(`… ${items.length - MAX_ITEMS} more`);
      return `[${shown.join(', ')}]`;
    }
    if (x instanceof Map) return `Map(${x.size}) {${[...x].slice(0, MAX_ITEMS).map(([k, v]) => ` ${inner(k)} => ${inner(v)}`).join(',')} }`;
    if (x instanceof Set) return `Set(${x.size}) {${[...x].slice(0, MAX_ITEMS).map((v) => ` ${inner(v)}`).join(',')} }`;
    const name = Object.getPrototypeOf(x)?.constructor?.name;
    const entries = Object.entries(x).slice(0, MAX_ITEMS).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inner(v)}`);
    const body = entries.length ? `{ ${entries.join(', ')} }` : '{}';
    return name && name !== 'Object' ? `${name} ${body}` : body;
  } finally {
    seen.delete(x);
  }
}

/** A class instance with its own toString (Value, Tensor, torch.Size), rather than Object's or Array's. */
function hasOwnToString(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const own = (x as { toString?: unknown }).toString;
  return typeof own === 'function' && own !== Object.prototype.toString && own !== Array.prototype.toString && !(x instanceof Error);
}
