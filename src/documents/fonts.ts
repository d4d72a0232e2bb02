/**
 * Fonts for the printed forms: Liberation Serif 2.1.5 (SIL OFL 1.1, metric-compatible with Times New Roman,
 * full Vietnamese coverage), shipped in `assets/fonts/` with its licence. The standard 14 PDF fonts have no
 * Vietnamese glyphs, so every text run uses one of these faces.
 */
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';

export type FontFace = 'regular' | 'bold' | 'italic';

const FILES: Readonly<Record<FontFace, string>> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
};

const cache = new Map<FontFace, string>();

/**
 * Absolute path of a font file. Resolved from the project root (the folder with MotCua's package.json), so it
 * works from `src/` under tsx/vitest and from the esbuild bundle in `dist/`.
 *
 * Fonts are selected by this path (`doc.font(fontPath('bold'))`), not by a registered alias: pdfkit caches an
 * opened font under the string it was selected by, and an alias of the document's default font is never cached
 * (pdfkit 0.19), which re-parses the TTF on every switch.
 */
export function fontPath(face: FontFace): string {
  let file = cache.get(face);
  if (file === undefined) {
    file = path.join(projectRoot(), 'assets', 'fonts', FILES[face]);
    cache.set(face, file);
  }
  return file;
}
