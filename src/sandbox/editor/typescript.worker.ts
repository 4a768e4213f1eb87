// The TypeScript worker Monaco starts for the sandboxes' editors: Monaco's own, with transpile() added.
import { initialize } from 'monaco-editor/internal/common/initialize';
import { SandboxTypeScriptWorker } from './typescript-worker.ts';

self.onmessage = () => initialize((ctx, createData) => new SandboxTypeScriptWorker(ctx, createData));
