// `node e2e/grader/site-server.ts <port>`: the grading run's web server, the built site (dist/) as it is. Astro's
// preview serves the same files through the same library (sirv, with the same headers: an ETag and no-cache),
// but loads all of Astro and Vite first: 1.7 s of every grading run's start, and its CPU time beside the
// browsers'. This starts in a tenth of a second.
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error(`site-server: a port to listen on, please (got "${process.argv[2] ?? ''}")`);

const site = sirv(join(import.meta.dirname, '../../dist'), { etag: true, extensions: ['html'] });
createServer((request, response) =>
  site(request, response, () => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${request.url}\n`);
  }),
).listen(port);
