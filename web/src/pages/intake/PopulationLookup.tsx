// "Tra cứu CSDL dân cư" beside the CCCD field: prefills the owner from the national population
// database. When the database is down or not configured the officer is told so at once and
// goes on by hand; the dossier is then received "not verified".
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { type CitizenLookup, populationApi } from '../../api/population';
import { formatLocalDate } from '../../lib/format';
import type { OwnerForm } from './OwnerSection';

const SEX_LABELS = { male: 'Nam', female: 'Nữ' } as const;

const comparable = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** Whether the owner on the form is still the person the lookup returned (else: not verified). */
export function lookupMatches(lookup: CitizenLookup | null, owner: OwnerForm): boolean {
  return (
    !!lookup &&
    owner.kind === 'citizen' &&
    owner.idNumber.replace(/\s/g, '') === lookup.citizen.idNumber &&
    comparable(owner.fullName) === comparable(lookup.citizen.fullName)
  );
}

export function PopulationLookup({
  owner,
  onOwner,
  lookup,
  onLookup,
}: {
  owner: OwnerForm;
  onOwner: (owner: OwnerForm) => void;
  lookup: CitizenLookup | null;
  onLookup: (lookup: CitizenLookup | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; byHand: boolean } | null>(null);
  const idNumber = owner.idNumber.replace(/\s/g, '');
  const verified = lookupMatches(lookup, owner);

  const run = async () => {
    if (!/^\d{12}$/.test(idNumber)) {
      setProblem({ message: 'Nhập đủ 12 chữ số CCCD trước khi tra cứu.', byHand: false });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const found = await populationApi.lookup(idNumber);
      onLookup(found);
      const c = found.citizen;
      onOwner({
        ...owner,
        idNumber: c.idNumber,
        fullName: c.fullName,
        address: c.currentAddress ?? c.permanentAddress ?? owner.address,
      });
    } catch (e) {
      onLookup(null);
      const byHand =
        e instanceof ApiError &&
        ['CITIZEN_NOT_FOUND', 'POPULATION_DB_UNAVAILABLE', 'POPULATION_DB_NOT_CONFIGURED'].includes(e.code);
      setProblem({ message: errorMessage(e), byHand });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="population-lookup">
      <div className="population-lookup-bar">
        <button type="button" className="btn btn-secondary" onClick={run} disabled={busy}>
          {busy ? 'Đang tra cứu…' : 'Tra cứu CSDL dân cư'}
        </button>
        <span className={`badge ${verified ? 'badge-ok' : 'badge-muted'}`} data-testid="owner-verification">
          {verified ? 'Đã xác thực với CSDL dân cư' : 'Chưa xác thực với CSDL dân cư'}
        </span>
      </div>
      {problem ? (
        <div className="alert alert-warning" role="alert">
          <p>{problem.message}</p>
          {problem.byHand ? <p>Bạn có thể tiếp tục nhập thông tin chủ hồ sơ thủ công.</p> : null}
        </div>
      ) : null}
      {lookup ? (
        <div className="alert alert-info" role="status">
          <p>
            Thông tin từ CSDL quốc gia về dân cư: <strong>{lookup.citizen.fullName}</strong>
            {lookup.citizen.birthDate ? `, ngày sinh ${formatLocalDate(lookup.citizen.birthDate)}` : ''}
            {lookup.citizen.sex ? `, giới tính ${SEX_LABELS[lookup.citizen.sex]}` : ''}.
          </p>
          {lookup.citizen.permanentAddress ? <p>Nơi thường trú: {lookup.citizen.permanentAddress}</p> : null}
          {lookup.citizen.currentAddress ? <p>Nơi ở hiện tại: {lookup.citizen.currentAddress}</p> : null}
          {!verified ? (
            <p>
              Họ tên hoặc số CCCD đã được sửa khác với CSDL dân cư: hồ sơ sẽ được ghi nhận là chưa xác thực.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
