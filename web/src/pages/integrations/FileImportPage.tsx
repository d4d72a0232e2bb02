// "Nhập hồ sơ từ tệp": import a CSV or XLSX export of another system for a source — choose the source,
// check or save its column mapping, upload the file, follow the progress bar, read the figures and
// download the rejected rows by line number.
import type { ImportJob } from '@contract';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { importsApi, type MappingInput } from '../../api/imports';
import { ErrorAlert, LoadError, Loading, Notice } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'KenhThucHien',
  'ChuHoSo',
  'SoGiayToChuHoSo',
  'LoaiDoiTuong',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'NgayTuChoi',
  'TrangThaiHoSo',
  'DonViXuLy',
  'DuocThanhToanTrucTuyen',
  'HoSoCoThanhPhanSoHoa',
] as const;
type Field = (typeof FIELDS)[number];

const DATE_FORMATS: Record<MappingInput['dateFormat'], string> = {
  yyyyMMddHHmmss: 'yyyyMMddHHmmss (chuẩn đồng bộ, ví dụ 20260302080000)',
  'dd/MM/yyyy HH:mm:ss': 'dd/MM/yyyy HH:mm:ss (ví dụ 02/03/2026 08:00:00)',
  'yyyy-MM-dd HH:mm:ss': 'yyyy-MM-dd HH:mm:ss (ví dụ 2026-03-02 08:00:00)',
};
const DELIMITERS: Record<MappingInput['delimiter'], string> = {
  auto: 'Tự nhận biết',
  ',': 'Dấu phẩy (,)',
  ';': 'Dấu chấm phẩy (;)',
  '\t': 'Ký tự tab',
};
const STATUS: Record<ImportJob['status'], string> = {
  running: 'Đang nhập',
  done: 'Đã nhập xong',
  failed: 'Bị dừng do lỗi',
};

function MappingEditor({ sourceCode }: { sourceCode: string }) {
  const loaded = useApi((signal) => importsApi.mapping(sourceCode, signal), `mapping:${sourceCode}`);
  const [draft, setDraft] = useState<MappingInput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.mapping);
  }, [loaded.data]);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!draft) return <Loading />;
  const setColumn = (f: Field, v: string) => setDraft({ ...draft, columns: { ...draft.columns, [f]: v } });
  return (
    <details className="card">
      <summary>
        Bảng ánh xạ cột{' '}
        {loaded.data?.saved ? '(đã lưu cho hệ thống này)' : '(mặc định: tên cột trùng tên trường)'}
      </summary>
      <p className="field-hint">
        Để trống một trường nếu cột trong tệp mang đúng tên trường đó. Tên cột không phân biệt chữ hoa, chữ
        thường.
      </p>
      <div className="form-grid">
        {FIELDS.map((f) => (
          <TextField
            key={f}
            label={f}
            value={draft.columns[f] ?? ''}
            placeholder={f}
            maxLength={200}
            onValue={(v) => setColumn(f, v)}
          />
        ))}
        <SelectField
          label="Định dạng ngày giờ trong tệp"
          value={draft.dateFormat}
          onValue={(v) => setDraft({ ...draft, dateFormat: v as MappingInput['dateFormat'] })}
        >
          {Object.entries(DATE_FORMATS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Dấu phân cách (tệp CSV)"
          value={draft.delimiter}
          onValue={(v) => setDraft({ ...draft, delimiter: v as MappingInput['delimiter'] })}
        >
          {Object.entries(DELIMITERS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert message={error} />
      {saved ? <Notice onClose={() => setSaved(false)}>Đã lưu bảng ánh xạ cột.</Notice> : null}
      <button
        type="button"
        className="btn btn-secondary"
        onClick={async () => {
          setError(null);
          try {
            await importsApi.saveMapping(sourceCode, draft);
            setSaved(true);
            loaded.reload();
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      >
        Lưu bảng ánh xạ
      </button>
    </details>
  );
}

function JobProgress({ job }: { job: ImportJob }) {
  const percent = Math.round(job.progress * 100);
  return (
    <section className="card" aria-live="polite">
      <h2 className="section-title">
        {job.fileName}: {STATUS[job.status]}
        {job.resumed ? ' (tiếp tục lần nhập bị gián đoạn)' : ''}
      </h2>
      <label htmlFor="import-progress">Tiến độ: {percent} %</label>
      <progress id="import-progress" max={100} value={percent} style={{ width: '100%' }}>
        {percent} %
      </progress>
      <dl className="facts">
        <dt>Số dòng đã đọc</dt>
        <dd>{formatNumber(job.rows)}</dd>
        <dt>Nhận mới hoặc cập nhật</dt>
        <dd>{formatNumber(job.accepted)}</dd>
        <dt>Không thay đổi</dt>
        <dd>{formatNumber(job.unchanged)}</dd>
        <dt>Bị từ chối</dt>
        <dd>{formatNumber(job.rejected)}</dd>
        {job.proceduresCreated ? (
          <>
            <dt>Thủ tục mới tạo trong danh mục (ngoài hệ thống)</dt>
            <dd>{formatNumber(job.proceduresCreated)}</dd>
          </>
        ) : null}
      </dl>
      <ErrorAlert message={job.error} />
      {job.rejected > 0 && job.status !== 'running' ? (
        <p>
          Danh sách dòng bị từ chối (số dòng, mã hồ sơ, lý do):{' '}
          <a href={importsApi.errorsUrl(job.id, 'csv')}>tải tệp CSV</a> hoặc{' '}
          <a href={importsApi.errorsUrl(job.id, 'xlsx')}>tải tệp Excel</a>
        </p>
      ) : null}
    </section>
  );
}

export function FileImportPage() {
  const sources = useApi((signal) => importsApi.sources(signal), 'import-sources');
  const [sourceCode, setSourceCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const items = sources.data?.items ?? [];

  useEffect(() => {
    if (job?.status !== 'running') return;
    const timer = setTimeout(async () => {
      try {
        setJob(await importsApi.job(job.id));
      } catch (e) {
        setError(errorMessage(e));
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [job]);

  return (
    <section>
      <PageHeader
        title="Nhập hồ sơ từ tệp"
        description="Nhập hồ sơ từ tệp CSV hoặc Excel (.xlsx) xuất từ hệ thống khác, theo các cột của bản ghi đồng bộ Cổng Dịch vụ công quốc gia (MaHoSo, MaTTHC, …) hoặc theo bảng ánh xạ cột của hệ thống nguồn. Nhập lại đúng tệp đó sẽ tiếp tục lần nhập bị gián đoạn và không tạo hồ sơ trùng."
      />
      <LoadError error={sources.error} onRetry={sources.reload} />
      {sources.loading && !sources.data ? <Loading /> : null}
      {sources.data && items.length === 0 ? <p>Chưa có hệ thống nguồn nào phục vụ đơn vị của bạn.</p> : null}
      {items.length ? (
        <form
          className="card"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!sourceCode || !file) {
              setError('Chọn hệ thống nguồn và tệp cần nhập.');
              return;
            }
            setError(null);
            setSending(true);
            try {
              setJob(await importsApi.upload(sourceCode, file));
            } catch (err) {
              setError(errorMessage(err));
            } finally {
              setSending(false);
            }
          }}
        >
          <SelectField label="Hệ thống nguồn" required value={sourceCode} onValue={setSourceCode}>
            <option value="">— Chọn hệ thống nguồn —</option>
            {items.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name} ({s.code})
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label htmlFor="import-file">
              Tệp cần nhập (.csv UTF-8 hoặc .xlsx)<span aria-hidden="true"> *</span>
            </label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <ErrorAlert message={error} />
          <button type="submit" className="btn btn-primary" disabled={sending}>
            {sending ? 'Đang tải tệp lên…' : 'Nhập tệp'}
          </button>
        </form>
      ) : null}
      {sourceCode ? <MappingEditor key={sourceCode} sourceCode={sourceCode} /> : null}
      {job ? <JobProgress job={job} /> : null}
    </section>
  );
}
