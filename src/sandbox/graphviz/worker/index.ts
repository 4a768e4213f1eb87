/// <reference lib="webworker" />
// The Graphviz worker: one per page, kept warm, so a graph after the first costs only its layout.
import { instance } from '@viz-js/viz';
import type { GraphReply, GraphRequest } from '../render-graph.ts';

declare const self: DedicatedWorkerGlobalScope;
const viz = instance();

self.addEventListener('message', async (event: MessageEvent<GraphRequest>) => {
  const { id, dot } = event.data;
  const result = (await viz).render(dot, { format: 'svg' });
  const reply: GraphReply =
    result.status === 'success'
      ? { id, svg: result.output }
      : { id, error: result.errors.map((e) => e.message).join('\n') || 'Graphviz could not draw this graph.' };
  self.postMessage(reply);
});
