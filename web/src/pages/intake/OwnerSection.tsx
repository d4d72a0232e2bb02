import type { OwnerKind } from '../../api/dossiers';
import type { CitizenLookup } from '../../api/population';
import { Checkbox, TextField } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { OWNER_KIND_LABELS } from '../../lib/labels';
import { PopulationLookup } from './PopulationLookup';

export type OwnerForm = {
  kind: OwnerKind;
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
};
export type SubmitterForm = { enabled: boolean; fullName: string; idNumber: string; phone: string };

export const EMPTY_OWNER: OwnerForm = {
  kind: 'citizen',
  fullName: '',
  idNumber: '',
  phone: '',
  email: '',
  address: '',
};
export const EMPTY_SUBMITTER: SubmitterForm = { enabled: false, fullName: '', idNumber: '', phone: '' };

const OWNER_KINDS: OwnerKind[] = ['citizen', 'organisation'];

type Errors = (path: string) => string | undefined;

export function OwnerSection({
  owner,
  onOwner,
  submitter,
  onSubmitter,
  error,
  population,
}: {
  owner: OwnerForm;
  onOwner: (owner: OwnerForm) => void;
  submitter: SubmitterForm;
  onSubmitter: (s: SubmitterForm) => void;
  error: Errors;
  /** The population database lookup, for officers allowed to use it. */
  population?: { lookup: CitizenLookup | null; onLookup: (lookup: CitizenLookup | null) => void } | undefined;
}) {
  const set = (patch: Partial<OwnerForm>) => onOwner({ ...owner, ...patch });
  const setS = (patch: Partial<SubmitterForm>) => onSubmitter({ ...submitter, ...patch });
  const citizen = owner.kind === 'citizen';
  return (
    <section className="panel" aria-labelledby="intake-owner">
      <h2 id="intake-owner">2. Thông tin chủ hồ sơ</h2>
      <RadioGroup
        legend="Chủ hồ sơ là"
        options={OWNER_KINDS}
        labels={OWNER_KIND_LABELS}
        value={owner.kind}
        onChange={(kind) => set({ kind })}
      />
      <div className="form-grid">
        <TextField
          label={citizen ? 'Họ và tên' : 'Tên tổ chức'}
          value={owner.fullName}
          onValue={(fullName) => set({ fullName })}
          autoComplete="off"
          error={error('owner.fullName')}
          required
        />
        <TextField
          label={citizen ? 'Số CCCD' : 'Mã số thuế'}
          value={owner.idNumber}
          onValue={(idNumber) => set({ idNumber })}
          inputMode="numeric"
          autoComplete="off"
          hint={citizen ? 'Số căn cước công dân gồm 12 chữ số.' : 'Mã số thuế gồm 10 hoặc 13 chữ số.'}
          error={error('owner.idNumber')}
          required
        />
        <TextField
          label="Số điện thoại"
          type="tel"
          value={owner.phone}
          onValue={(phone) => set({ phone })}
          autoComplete="off"
          error={error('owner.phone')}
        />
        <TextField
          label="Thư điện tử"
          type="email"
          value={owner.email}
          onValue={(email) => set({ email })}
          autoComplete="off"
          error={error('owner.email')}
        />
      </div>
      {citizen && population ? (
        <PopulationLookup
          owner={owner}
          onOwner={onOwner}
          lookup={population.lookup}
          onLookup={population.onLookup}
        />
      ) : null}
      <TextField
        label="Địa chỉ"
        value={owner.address}
        onValue={(address) => set({ address })}
        autoComplete="off"
        error={error('owner.address')}
      />
      <Checkbox
        label="Có người nộp thay, người được ủy quyền"
        checked={submitter.enabled}
        onChange={(enabled) => setS({ enabled })}
      />
      {submitter.enabled ? (
        <div className="form-grid">
          <TextField
            label="Họ tên người nộp thay"
            value={submitter.fullName}
            onValue={(fullName) => setS({ fullName })}
            autoComplete="off"
            error={error('submitter.fullName')}
            required
          />
          <TextField
            label="Số giấy tờ người nộp thay"
            value={submitter.idNumber}
            onValue={(idNumber) => setS({ idNumber })}
            inputMode="numeric"
            autoComplete="off"
            hint="Số CCCD hoặc hộ chiếu."
            error={error('submitter.idNumber')}
          />
          <TextField
            label="Điện thoại người nộp thay"
            type="tel"
            value={submitter.phone}
            onValue={(phone) => setS({ phone })}
            autoComplete="off"
            error={error('submitter.phone')}
          />
        </div>
      ) : null}
    </section>
  );
}
