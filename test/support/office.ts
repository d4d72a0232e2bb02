// LibreOffice for the export tests: converts a generated xlsx/docx to PDF headless, as an officer's
// office suite would open it. CI installs it (.ci/run); locally: apt-get install libreoffice-calc
// libreoffice-writer --no-install-recommends.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** Converts the file to PDF with LibreOffice and returns the PDF's text, page by page. */
export async function officeToPdfText(name: string, content: Buffer): Promise<string[]> {
  const [pages] = await officeToPdfTexts([{ name, content }]);
  return pages ?? [];
}

/**
 * Converts several files (distinct base names) to PDF in ONE LibreOffice run — starting soffice is most of
 * the cost — and returns each file's PDF text, page by page, in the order given.
 */
export async function officeToPdfTexts(files: { name: string; content: Buffer }[]): Promise<string[][]> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE} (install libreoffice-calc and libreoffice-writer)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-office-'));
  try {
    for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.content);
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files.map((f) => path.join(dir, f.name)),
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    const texts: string[][] = [];
    for (const f of files) {
      const pdfPath = path.join(dir, f.name.replace(/\.\w+$/, '.pdf'));
      if (run.status !== 0 || !fs.existsSync(pdfPath))
        throw new Error(`soffice failed on ${f.name} (${run.status}): ${run.stderr || run.stdout}`);
      const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(pdfPath)), verbosity: 0 }).promise;
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const text = await (await pdf.getPage(n)).getTextContent();
        pages.push(text.items.map((i) => ('str' in i ? i.str : '')).join(' '));
      }
      await pdf.destroy();
      texts.push(pages);
    }
    return texts;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
