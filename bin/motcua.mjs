#!/usr/bin/env node
// `npx motcua …` entry: builds the CLI bundle if needed, then runs it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildServer } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
await buildServer();
await import(pathToFileURL(path.join(root, 'dist', 'cli.mjs')).href);
