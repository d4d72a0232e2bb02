import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The officer web app. Build from the repository root: `npx vite build --config web/vite.config.ts`.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const contractDir = fileURLToPath(new URL('../src/contract', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@contract': contractDir },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
