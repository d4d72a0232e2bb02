import { useParams } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { LoadError, Loading } from '../../components/Alert';
import { formatLocalDate } from '../../lib/format';
import {
  COMPONENT_KIND_LABELS,
  durationText,
  levelLabel,
  MECHANISM_LABELS,
  ONLINE_LEVEL_LABELS,
} from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { FeesTable } from '../intake/FeesSection';
import { PublicLayout, retryable } from './PublicLayout';
import { QrCode } from './QrCode';

/** /thu-tuc/:code — the public page of a procedure (version in force today), with a QR code of itself. */
export function PublicProcedurePage() {
  const { code = '' } = useParams();
  const procedure = useApi(
    (signal) => catalogApi.publicProcedure(code, signal),
    code ? `public-procedure:${code}` : null,
  );
  const p = procedure.data;
  const url = `${window.location.origin}/thu-tuc/${encodeURIComponent(code)}`;
  return (
    <PublicLayout title="Thủ tục hành chính">
      {procedure.loading ? <Loading /> : null}
      <LoadError
        error={procedure.error}
        onRetry={retryable(procedure.error) ? procedure.reload : undefined}
      />
      {p ? (
        <article className="procedure-page">
          <div className="procedure-head">
            <div>
              <p className="muted small">
                Mã thủ tục <span className="mono">{p.code}</span> · {p.fieldName} · {levelLabel(p.level)}
              </p>
              <h1>{p.name}</h1>
              <p className="muted small">
                Áp dụng từ {formatLocalDate(p.effectiveFrom)}
                {p.effectiveTo ? ` đến trước ${formatLocalDate(p.effectiveTo)}` : ''} (phiên bản {p.version}).
              </p>
            </div>
            <QrCode url={url} label={`Mã QR dẫn tới trang thủ tục ${p.code}`} />
          </div>

          <section className="panel" aria-labelledby="proc-general">
            <h2 id="proc-general">Thông tin chung</h2>
            <dl className="info-list">
              <div>
                <dt>Cơ chế thực hiện</dt>
                <dd>{MECHANISM_LABELS[p.mechanism]}</dd>
              </div>
              <div>
                <dt>Mức độ trực tuyến</dt>
                <dd>{ONLINE_LEVEL_LABELS[p.onlineLevel]}</dd>
              </div>
              <div>
                <dt>Thời hạn giải quyết</dt>
                <dd>
                  {durationText(p.durations.counter)}
                  {p.durations.online ? ` (trực tuyến: ${durationText(p.durations.online)})` : ''}
                </dd>
              </div>
              <div>
                <dt>Nộp qua bưu chính</dt>
                <dd>{p.postalAllowed ? 'Có' : 'Không'}</dd>
              </div>
              <div>
                <dt>“4 tại chỗ”</dt>
                <dd>{p.fourOnSite ? 'Có' : 'Không'}</dd>
              </div>
              <div>
                <dt>Không phụ thuộc địa giới hành chính</dt>
                <dd>{p.nonTerritorial ? 'Có' : 'Không'}</dd>
              </div>
              {p.cutoff ? (
                <div>
                  <dt>Giờ chốt tiếp nhận</dt>
                  <dd>Sau {p.cutoff} tính từ ngày làm việc tiếp theo</dd>
                </div>
              ) : null}
              <div>
                <dt>Kết quả</dt>
                <dd>{p.result.name}</dd>
              </div>
            </dl>
          </section>

          <section className="panel" aria-labelledby="proc-components">
            <h2 id="proc-components">Thành phần hồ sơ</h2>
            <ul className="component-list">
              {p.components.map((c) => (
                <li key={c.code} className="component-item">
                  <span>
                    <span className="component-name">{c.name}</span>
                    <span className="component-meta">
                      {COMPONENT_KIND_LABELS[c.kind]} · số lượng {c.quantity}
                      {c.caseCodes
                        ? ` · trường hợp: ${c.caseCodes
                            .map((cc) => p.cases.find((x) => x.code === cc)?.name ?? cc)
                            .join('; ')}`
                        : ''}
                    </span>
                  </span>
                  <span className={`badge ${c.required ? 'badge-warn' : 'badge-muted'}`}>
                    {c.required ? 'Bắt buộc' : 'Không bắt buộc'}
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section className="panel" aria-labelledby="proc-fees">
            <h2 id="proc-fees">Phí, lệ phí</h2>
            {p.fees.length ? (
              <div className="table-wrap table-wrap-plain">
                <FeesTable fees={p.fees} />
              </div>
            ) : (
              <p>Không thu phí, lệ phí.</p>
            )}
          </section>

          <section className="panel" aria-labelledby="proc-cases">
            <h2 id="proc-cases">Trường hợp và quy trình giải quyết</h2>
            {p.cases.map((c) => (
              <div key={c.code} className="case-block">
                <h3>
                  {c.name} — {durationText(c.durations.counter)}
                </h3>
                <ol className="process-steps">
                  {c.process.map((s) => (
                    <li key={s.code}>
                      {s.name} <span className="muted small">({durationText(s.allotted)})</span>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        </article>
      ) : null}
    </PublicLayout>
  );
}
