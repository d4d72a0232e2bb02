import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { catalogApi } from '../../api/catalog';
import { dossiersApi, type FeePayment, type ReturnChannel } from '../../api/dossiers';
import type { CitizenLookup } from '../../api/population';
import { hasAny, useAuth } from '../../auth/AuthContext';
import { useUnitScope } from '../../auth/UnitScope';
import { ErrorAlert, LoadError } from '../../components/Alert';
import { SelectField, TextAreaField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { RadioGroup } from '../../components/RadioGroup';
import { UnitSelect } from '../../components/UnitSelect';
import { RETURN_CHANNEL_LABELS, RETURN_CHANNELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { type ComponentRow, ComponentsChecklist, componentsForCase } from './ComponentsChecklist';
import { FeesSection } from './FeesSection';
import {
  EMPTY_OWNER,
  EMPTY_SUBMITTER,
  type OwnerForm,
  OwnerSection,
  type SubmitterForm,
} from './OwnerSection';
import { lookupMatches } from './PopulationLookup';
import { ProcedurePicker } from './ProcedurePicker';

const FIELDS = [
  'unitCode',
  'procedureCode',
  'caseCode',
  'channel',
  'owner',
  'submitter',
  'components',
  'feePayment',
  'returnChannel',
  'note',
];

/** Client checks before sending; the server validates again (identity numbers, catalog). */
function check(owner: OwnerForm, submitter: SubmitterForm): Record<string, string> {
  const e: Record<string, string> = {};
  const citizen = owner.kind === 'citizen';
  if (owner.fullName.trim().length < 2)
    e['owner.fullName'] = citizen ? 'Vui lòng nhập họ và tên' : 'Vui lòng nhập tên tổ chức';
  const id = owner.idNumber.replace(/\s/g, '');
  if (citizen && !/^\d{12}$/.test(id)) e['owner.idNumber'] = 'Số CCCD gồm đúng 12 chữ số';
  if (!citizen && !/^\d{10}(-?\d{3})?$/.test(id)) e['owner.idNumber'] = 'Mã số thuế gồm 10 hoặc 13 chữ số';
  if (owner.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(owner.email.trim()))
    e['owner.email'] = 'Thư điện tử không hợp lệ';
  if (submitter.enabled && submitter.fullName.trim().length < 2)
    e['submitter.fullName'] = 'Vui lòng nhập họ tên người nộp thay';
  return e;
}

export function IntakePage() {
  const navigate = useNavigate();
  const scope = useUnitScope();
  const submit = useSubmit();
  const [unitCode, setUnitCode] = useState(scope.unitCode ?? '');
  const [fieldCode, setFieldCode] = useState('');
  const [search, setSearch] = useState('');
  const [procedureCode, setProcedureCode] = useState('');
  const [caseCode, setCaseCode] = useState('');
  const [owner, setOwner] = useState<OwnerForm>(EMPTY_OWNER);
  const [submitter, setSubmitter] = useState<SubmitterForm>(EMPTY_SUBMITTER);
  const [rows, setRows] = useState<Record<string, ComponentRow>>({});
  const [payment, setPayment] = useState<FeePayment>('now');
  const [channel, setChannel] = useState<'direct' | 'postal'>('direct');
  const [returnChannel, setReturnChannel] = useState<ReturnChannel>('counter');
  const [note, setNote] = useState('');
  const [lookup, setLookup] = useState<CitizenLookup | null>(null);
  const canLookup = hasAny(useAuth().me, ['population:lookup']);

  const detail = useApi(
    (signal) => catalogApi.procedure(procedureCode, signal),
    procedureCode ? `procedure:${procedureCode}` : null,
  );
  const procedure = detail.data?.code === procedureCode ? detail.data : undefined;
  const components = procedure && caseCode ? componentsForCase(procedure, caseCode) : [];

  const chooseProcedure = (code: string) => {
    setProcedureCode(code);
    setCaseCode('');
    setRows({});
  };
  // A procedure with a single case needs no choice.
  const effectiveCase = caseCode || (procedure?.cases.length === 1 ? (procedure.cases[0]?.code ?? '') : '');
  if (effectiveCase !== caseCode && procedure) setCaseCode(effectiveCase);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const local = check(owner, submitter);
    if (!procedureCode) local.procedureCode = 'Vui lòng chọn thủ tục hành chính';
    else if (!caseCode) local.caseCode = 'Vui lòng chọn trường hợp';
    if (Object.keys(local).length) {
      submit.setError('Vui lòng kiểm tra lại các thông tin được đánh dấu.', local);
      return;
    }
    const hasFees = (procedure?.fees.length ?? 0) > 0;
    const created = await submit.run(() =>
      dossiersApi.create({
        unitCode,
        procedureCode,
        caseCode,
        channel,
        owner: {
          kind: owner.kind,
          fullName: owner.fullName.trim(),
          idNumber: owner.idNumber.replace(/\s/g, ''),
          phone: owner.phone.trim() || undefined,
          email: owner.email.trim() || undefined,
          address: owner.address.trim() || undefined,
        },
        submitter: submitter.enabled
          ? {
              fullName: submitter.fullName.trim(),
              idNumber: submitter.idNumber.trim() || undefined,
              phone: submitter.phone.trim() || undefined,
            }
          : undefined,
        components: components.map(
          (c) => rows[c.code] ?? { code: c.code, quantity: c.quantity, provided: false },
        ),
        feePayment: hasFees ? payment : 'exempt',
        returnChannel,
        note: note.trim() || undefined,
        // Only a lookup of this very owner counts; the server checks it again.
        populationLookupId: lookupMatches(lookup, owner) ? lookup?.lookupId : undefined,
      }),
    );
    if (created) navigate(`/ho-so/${created.id}`, { state: { created: true } });
  };

  const fe = submit.fieldErrors;
  const err = (path: string) => fieldError(fe, path);
  return (
    <section>
      <PageHeader
        title="Tiếp nhận hồ sơ"
        description="Tiếp nhận hồ sơ trực tiếp tại quầy: chọn thủ tục, nhập thông tin chủ hồ sơ, kiểm tra thành phần hồ sơ và phí, lệ phí."
      />
      <form className="form intake-form" onSubmit={onSubmit} noValidate>
        <ErrorAlert
          message={submit.error}
          items={otherFieldErrors(fe, [...FIELDS, 'procedureCode', 'caseCode'])}
        />
        {scope.options.length !== 1 ? (
          <div className="panel">
            <UnitSelect
              label="Đơn vị tiếp nhận"
              value={unitCode}
              onValue={setUnitCode}
              error={err('unitCode')}
              required
            />
          </div>
        ) : null}
        <ProcedurePicker
          fieldCode={fieldCode}
          onFieldCode={(code) => {
            setFieldCode(code);
          }}
          search={search}
          onSearch={setSearch}
          procedureCode={procedureCode}
          onProcedureCode={chooseProcedure}
          procedure={procedure}
          caseCode={caseCode}
          onCaseCode={(code) => {
            setCaseCode(code);
            setRows({});
          }}
          errors={{ procedureCode: err('procedureCode'), caseCode: err('caseCode') }}
        />
        <LoadError error={detail.error} onRetry={detail.reload} />
        <OwnerSection
          owner={owner}
          onOwner={setOwner}
          submitter={submitter}
          onSubmitter={setSubmitter}
          error={err}
          population={canLookup ? { lookup, onLookup: setLookup } : undefined}
        />
        <ComponentsChecklist components={components} rows={rows} onRows={setRows} error={err('components')} />
        <FeesSection
          procedure={procedure}
          payment={payment}
          onPayment={setPayment}
          error={err('feePayment')}
        />
        <section className="panel" aria-labelledby="intake-return">
          <h2 id="intake-return">5. Cách nộp, trả và ghi chú</h2>
          <div className="form-grid">
            <SelectField
              label="Hình thức nộp hồ sơ"
              value={channel}
              onValue={(v) => setChannel(v === 'postal' ? 'postal' : 'direct')}
              error={err('channel')}
            >
              <option value="direct">Trực tiếp tại quầy</option>
              <option value="postal" disabled={procedure ? !procedure.postalAllowed : false}>
                Qua bưu chính công ích
              </option>
            </SelectField>
          </div>
          <RadioGroup
            legend="Hình thức nhận kết quả"
            options={RETURN_CHANNELS}
            labels={RETURN_CHANNEL_LABELS}
            value={returnChannel}
            onChange={setReturnChannel}
            error={err('returnChannel')}
            disabled={procedure && !procedure.postalAllowed ? ['post'] : []}
          />
          <TextAreaField
            label="Ghi chú"
            value={note}
            onValue={setNote}
            maxLength={1000}
            error={err('note')}
          />
        </section>
        <div className="form-actions sticky-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang tiếp nhận…' : 'Tiếp nhận hồ sơ'}
          </button>
        </div>
      </form>
    </section>
  );
}
