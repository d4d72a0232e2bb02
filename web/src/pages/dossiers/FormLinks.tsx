import { type DossierDetail, dossiersApi, type FormCode } from '../../api/dossiers';

type FormLink = { form: FormCode; label: string };

/** The printable forms that make sense for the dossier as it stands. */
export function formsFor(d: DossierDetail): FormLink[] {
  const out: FormLink[] = [];
  const did = (action: string) => d.events.some((e) => e.action === action);
  if (d.receivedAt) out.push({ form: 'mau_01', label: 'In giấy tiếp nhận (Mẫu 01)' });
  if (
    d.state === 'supplement_requested' ||
    d.state === 'intake_supplement_requested' ||
    did('request_supplement')
  )
    out.push({ form: 'mau_02', label: 'Phiếu yêu cầu bổ sung (Mẫu 02)' });
  if (
    d.state === 'refused' ||
    d.state === 'rejected_at_intake' ||
    d.outcome === 'refused' ||
    d.outcome === 'rejected_at_intake'
  )
    out.push({ form: 'mau_03', label: 'Phiếu từ chối (Mẫu 03)' });
  if (did('reschedule')) out.push({ form: 'mau_04', label: 'Phiếu xin lỗi và hẹn lại (Mẫu 04)' });
  if (d.receivedAt) out.push({ form: 'mau_05', label: 'Phiếu kiểm soát quá trình (Mẫu 05)' });
  return out;
}

export function FormLinks({ dossier }: { dossier: DossierDetail }) {
  const forms = formsFor(dossier);
  if (forms.length === 0) return null;
  return (
    <ul className="form-links">
      {forms.map((f) => (
        <li key={f.form}>
          <a
            href={dossiersApi.formUrl(dossier.id, f.form)}
            target="_blank"
            rel="noreferrer"
            className={`btn ${f.form === 'mau_01' ? 'btn-primary' : 'btn-secondary'} btn-small`}
          >
            {f.label}
            <span className="visually-hidden"> (PDF, mở thẻ mới)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
