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
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE} (install libreoffice-calc and libreoffice-writer)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-office-'));
  try {
    fs.writeFileSync(path.join(dir, name), content);
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, name),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const pdfPath = path.join(dir, name.replace(/\.\w+$/, '.pdf'));
    if (run.status !== 0 || !fs.existsSync(pdfPath))
      throw new Error(`soffice failed (${run.status}): ${run.stderr || run.stdout}`);
    const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(pdfPath)), verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const text = await (await pdf.getPage(n)).getTextContent();
      pages.push(text.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    }
    await pdf.destroy();
    return pages;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
