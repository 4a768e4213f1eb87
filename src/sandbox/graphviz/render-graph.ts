// Turns DOT text into SVG off the main thread, in one shared Graphviz worker.
import GraphvizWorker from './worker/index.ts?worker';

export interface GraphRequest {
  id: number;
  dot: string;
}
export type GraphReply = { id: number; svg: string } | { id: number; error: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (reply: GraphReply) => void>();

export function renderGraph(dot: string): Promise<GraphReply> {
  if (!worker) {
    worker = new GraphvizWorker();
    worker.addEventListener('message', (event: MessageEvent<GraphReply>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, dot } satisfies GraphRequest);
  });
}
