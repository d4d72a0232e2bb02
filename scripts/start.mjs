// npm start: build what is missing or stale, then run the server in this process.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer, buildWeb } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (await buildServer()) console.log('Đã biên dịch máy chủ (server bundle built).');
if (buildWeb()) console.log('Đã biên dịch giao diện web (web app built).');
await import(pathToFileURL(path.join(root, 'dist', 'server.mjs')).href);
