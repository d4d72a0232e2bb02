import type { RoleCode } from '@contract';
import { type FormEvent, useState } from 'react';
import { catalogApi } from '../../api/catalog';
import { ApiError } from '../../api/client';
import {
  type AllowedAction,
  type DossierActionInput,
  type DossierDetail,
  dossiersApi,
  type ReturnChannel,
} from '../../api/dossiers';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate } from '../../components/DateTimeFields';
import { Dialog } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { formatMoney } from '../../lib/format';
import { RETURN_CHANNEL_LABELS, RETURN_CHANNELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { AssigneePicker } from './AssigneePicker';

type Values = Record<string, string>;
type Built = { body: DossierActionInput } | { errors: Record<string, string> };

const REASON_MIN = 5;

/** Which fields an action needs; actions not listed only ask for confirmation. */
const FIELDS_OF: Record<string, readonly string[]> = {
  refuse_online: ['reason'],
  request_supplement: ['reason', 'citizenDueDate'],
  assign: ['assigneeId'],
  reassign: ['assigneeId'],
  forward: ['assigneeId'],
  return_step: ['reason'],
  consult: ['agency', 'content', 'dueDate'],
  refuse: ['reason'],
  request_payment: ['amount', 'description'],
  stop: ['reason'],
  withdraw: ['reason'],
  reschedule: ['reason', 'newDueDate'],
  record_result: ['number', 'signer', 'signedOn'],
  return_result: ['channel'],
  transfer_non_territorial: ['targetUnitCode'],
};

const REASON_LABEL: Record<string, string> = {
  refuse_online: 'Lý do từ chối tiếp nhận',
  request_supplement: 'Nội dung yêu cầu bổ sung',
  return_step: 'Lý do trả lại',
  refuse: 'Lý do từ chối giải quyết',
  stop: 'Lý do dừng xử lý',
  withdraw: 'Lý do rút hồ sơ',
  reschedule: 'Lý do chậm trễ',
};

function need(v: Values, key: string, message: string, errors: Record<string, string>): string {
  const value = (v[key] ?? '').trim();
  if (!value) errors[key] = message;
  return value;
}

function build(action: string, version: number, v: Values): Built {
  const e: Record<string, string> = {};
  const reason = (optional = false) => {
    const r = (v.reason ?? '').trim();
    if (!optional && r.length < REASON_MIN) e.reason = 'Vui lòng ghi rõ lý do (ít nhất 5 ký tự)';
    return r;
  };
  const date = (key: string, label: string) => {
    const d = need(v, key, `Vui lòng nhập ${label}`, e);
    if (d && !isLocalDate(d))
      e[key] = `${label[0]?.toUpperCase()}${label.slice(1)} không hợp lệ (dd/mm/yyyy)`;
    return d;
  };
  let body: DossierActionInput;
  switch (action) {
    case 'refuse_online':
    case 'return_step':
    case 'refuse':
    case 'stop':
      body = { action, version, reason: reason() };
      break;
    case 'withdraw':
      body = { action, version, reason: reason(true) || undefined };
      break;
    case 'request_supplement':
      body = { action, version, reason: reason(), citizenDueDate: date('citizenDueDate', 'hạn bổ sung') };
      break;
    case 'assign':
    case 'reassign':
      body = { action, version, assigneeId: need(v, 'assigneeId', 'Vui lòng chọn cán bộ', e) };
      break;
    case 'forward':
      body = { action, version, assigneeId: v.assigneeId || null };
      break;
    case 'consult': {
      const content = (v.content ?? '').trim();
      if (content.length < REASON_MIN) e.content = 'Vui lòng ghi rõ nội dung (ít nhất 5 ký tự)';
      body = {
        action,
        version,
        agency: need(v, 'agency', 'Vui lòng nhập cơ quan được lấy ý kiến', e),
        content,
        dueDate: date('dueDate', 'hạn trả lời'),
      };
      break;
    }
    case 'request_payment': {
      const amount = Number((v.amount ?? '').replace(/[.\s]/g, ''));
      if (!Number.isInteger(amount) || amount < 1) e.amount = 'Số tiền phải là số nguyên dương (đồng)';
      body = { action, version, amount, description: (v.description ?? '').trim() || undefined };
      break;
    }
    case 'reschedule':
      body = { action, version, reason: reason(), newDueDate: date('newDueDate', 'ngày hẹn trả mới') };
      break;
    case 'record_result': {
      const signer = need(v, 'signer', 'Vui lòng nhập người ký', e);
      if (signer && signer.length < 2) e.signer = 'Họ tên quá ngắn';
      body = {
        action,
        version,
        number: need(v, 'number', 'Vui lòng nhập số, ký hiệu văn bản', e),
        signer,
        signedOn: date('signedOn', 'ngày ký'),
      };
      break;
    }
    case 'return_result':
      body = { action, version, channel: (v.channel as ReturnChannel) || 'counter' };
      break;
    case 'transfer_non_territorial':
      body = { action, version, targetUnitCode: need(v, 'targetUnitCode', 'Vui lòng nhập mã đơn vị', e) };
      break;
    default:
      // accept_online, receive_supplement, recall, consult_reply, record_payment: no payload
      body = { action, version } as DossierActionInput;
  }
  return Object.keys(e).length ? { errors: e } : { body };
}

export type ActionOutcome = { kind: 'done'; dossier: DossierDetail } | { kind: 'changed'; message: string };

/** The dialog of one allowed action: its payload, then POST …/actions with the dossier's version. */
export function ActionDialog({
  dossier,
  action,
  onClose,
  onOutcome,
}: {
  dossier: DossierDetail;
  action: AllowedAction;
  onClose: () => void;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const submit = useSubmit();
  const fields = FIELDS_OF[action.action] ?? [];
  const [values, setValues] = useState<Values>(() => ({
    channel: dossier.returnChannel,
    amount: dossier.feeTotal > 0 && !dossier.feePaidAt ? String(dossier.feeTotal) : '',
  }));
  const set = (key: string) => (value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const fe = submit.fieldErrors;
  const err = (key: string) => fieldError(fe, key);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const built = build(action.action, dossier.version, values);
    if ('errors' in built) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', built.errors);
      return;
    }
    let changed: string | null = null;
    const result = await submit.run(async () => {
      try {
        return await dossiersApi.act(dossier.id, built.body);
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'DOSSIER_CHANGED' || error.status === 409)) {
          changed = error.message;
          return undefined;
        }
        throw error;
      }
    });
    if (changed !== null) onOutcome({ kind: 'changed', message: changed });
    else if (result) onOutcome({ kind: 'done', dossier: result });
  };

  const has = (f: string) => fields.includes(f);
  const roles = useAssigneeRoles(dossier, action.action, has('assigneeId'));
  const amount = Number((values.amount ?? '').replace(/[.\s]/g, ''));
  return (
    <Dialog title={action.label} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted">
          Hồ sơ <span className="mono">{dossier.code}</span> — {dossier.ownerName}
        </p>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, [...fields, 'version', 'action'])} />
        {fields.length === 0 ? <p>Xác nhận thực hiện thao tác “{action.label}”?</p> : null}
        {has('assigneeId') ? (
          <AssigneePicker
            unitCode={dossier.unitCode}
            label={action.action === 'forward' ? 'Người nhận ở bước tiếp theo' : 'Cán bộ được giao'}
            value={values.assigneeId ?? ''}
            onValue={set('assigneeId')}
            optional={action.action === 'forward'}
            roles={roles}
            error={err('assigneeId')}
          />
        ) : null}
        {has('agency') ? (
          <TextField
            label="Cơ quan được lấy ý kiến"
            value={values.agency ?? ''}
            onValue={set('agency')}
            error={err('agency')}
            required
          />
        ) : null}
        {has('content') ? (
          <TextAreaField
            label="Nội dung lấy ý kiến"
            value={values.content ?? ''}
            onValue={set('content')}
            error={err('content')}
            required
          />
        ) : null}
        {has('dueDate') ? (
          <DateField
            label="Hạn trả lời"
            value={values.dueDate ?? ''}
            onValue={set('dueDate')}
            error={err('dueDate')}
            required
          />
        ) : null}
        {has('reason') ? (
          <TextAreaField
            label={REASON_LABEL[action.action] ?? 'Lý do'}
            value={values.reason ?? ''}
            onValue={set('reason')}
            error={err('reason')}
            maxLength={2000}
            required={action.action !== 'withdraw'}
          />
        ) : null}
        {has('citizenDueDate') ? (
          <DateField
            label="Hạn bổ sung của công dân"
            value={values.citizenDueDate ?? ''}
            onValue={set('citizenDueDate')}
            error={err('citizenDueDate')}
            hint="Quá hạn này mà công dân chưa bổ sung thì hồ sơ bị từ chối tự động. dd/mm/yyyy"
            required
          />
        ) : null}
        {has('newDueDate') ? (
          <DateField
            label="Ngày hẹn trả mới"
            value={values.newDueDate ?? ''}
            onValue={set('newDueDate')}
            error={err('newDueDate')}
            hint="Hẹn trả trong giờ hành chính của ngày này. dd/mm/yyyy"
            required
          />
        ) : null}
        {has('amount') ? (
          <TextField
            label="Số tiền (đồng)"
            value={values.amount ?? ''}
            onValue={set('amount')}
            inputMode="numeric"
            hint={Number.isInteger(amount) && amount > 0 ? `= ${formatMoney(amount)}` : 'Ví dụ: 18025000'}
            error={err('amount')}
            required
          />
        ) : null}
        {has('description') ? (
          <TextField
            label="Nội dung khoản thu"
            value={values.description ?? ''}
            onValue={set('description')}
            error={err('description')}
          />
        ) : null}
        {has('number') ? (
          <div className="form-grid">
            <TextField
              label="Số, ký hiệu văn bản kết quả"
              value={values.number ?? ''}
              onValue={set('number')}
              error={err('number')}
              required
            />
            <TextField
              label="Người ký"
              value={values.signer ?? ''}
              onValue={set('signer')}
              error={err('signer')}
              required
            />
            <DateField
              label="Ngày ký"
              value={values.signedOn ?? ''}
              onValue={set('signedOn')}
              error={err('signedOn')}
              required
            />
          </div>
        ) : null}
        {has('channel') ? (
          <RadioGroup
            legend="Hình thức trả kết quả"
            options={RETURN_CHANNELS}
            labels={RETURN_CHANNEL_LABELS}
            value={(values.channel as ReturnChannel) || 'counter'}
            onChange={set('channel')}
            error={err('channel')}
          />
        ) : null}
        {has('targetUnitCode') ? (
          <TextField
            label="Mã đơn vị có thẩm quyền"
            value={values.targetUnitCode ?? ''}
            onValue={set('targetUnitCode')}
            inputMode="numeric"
            hint="Mã đơn vị hành chính 5 chữ số của xã, phường nhận hồ sơ."
            error={err('targetUnitCode')}
            required
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang xử lý…' : 'Xác nhận'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The role to offer in the assignee picker, from the procedure's process: the next step's role for a
 * forward, the current step's role for assign/reassign. Null (every step role) while unknown.
 */
function useAssigneeRoles(dossier: DossierDetail, action: string, needed: boolean): RoleCode[] | null {
  const procedure = useApi(
    (signal) => catalogApi.procedure(dossier.procedureCode, signal),
    needed ? `procedure:${dossier.procedureCode}` : null,
  );
  const process = procedure.data?.cases.find((c) => c.code === dossier.caseCode)?.process;
  const open = [...dossier.steps].reverse().find((s) => s.closedAt === null);
  if (!process || !open) return null;
  const step = process[action === 'forward' ? open.stepIndex + 1 : open.stepIndex];
  return step?.role ? [step.role as RoleCode] : null;
}
