/**
 * Writes every form to test-results/documents/ for a look by eye, and, where LibreOffice is installed, checks that
 * an independent PDF reader opens one (it is not required: the pdf.js checks in the other tests always run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderApology,
  renderProcessControl,
  renderReceipt,
  renderRefusal,
  renderSupplementRequest,
  renderTrackingRegister,
} from '../../../src/documents/index.js';
import { projectRoot } from '../../../src/platform/paths.js';
import {
  apology,
  longReceipt,
  processControl,
  receipt,
  refusal,
  supplementRequest,
  trackingRegister,
} from './fixtures.js';

const OUT = path.join(projectRoot(), 'test-results', 'documents');

describe('generated forms', () => {
  it('writes all six forms to test-results/documents', async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const files: [string, Promise<Buffer>][] = [
      ['mau-01-giay-tiep-nhan.pdf', renderReceipt(receipt())],
      ['mau-01-giay-tiep-nhan-nhieu-trang.pdf', renderReceipt(longReceipt())],
      ['mau-01-giay-tiep-nhan-a4.pdf', renderReceipt(receipt({ paper: 'A4' }))],
      ['mau-02-phieu-yeu-cau-bo-sung.pdf', renderSupplementRequest(supplementRequest())],
      ['mau-03-phieu-tu-choi.pdf', renderRefusal(refusal())],
      ['mau-04-phieu-xin-loi.pdf', renderApology(apology())],
      ['mau-05-phieu-kiem-soat.pdf', renderProcessControl(processControl())],
      ['mau-06-so-theo-doi.pdf', renderTrackingRegister(trackingRegister(60))],
    ];
    for (const [name, pending] of files) {
      const pdf = await pending;
      fs.writeFileSync(path.join(OUT, name), pdf);
      expect(pdf.subarray(-6).toString('latin1'), name).toContain('%%EOF');
    }
  });

  // LibreOffice (with Draw, for PDF import) is installed by .ci/run; this cross-check is required.
  it('opens in LibreOffice', { timeout: 120_000 }, async () => {
    const pdf = path.join(OUT, 'mau-01-giay-tiep-nhan-soffice.pdf');
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(pdf, await renderReceipt(receipt()));
    const png = pdf.replace(/\.pdf$/, '.png');
    fs.rmSync(png, { force: true });
    const result = spawnSync('soffice', ['--headless', '--convert-to', 'png', '--outdir', OUT, pdf], {
      timeout: 110_000,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(fs.statSync(png).size).toBeGreaterThan(1000);
  });
});
