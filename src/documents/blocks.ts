/** Blocks several forms share: the applicant's details and the components table. */
import { count2 } from './format.js';
import type { ComponentLine, PartyInfo } from './models.js';
import type { Form } from './pdf.js';
import { table } from './table.js';
import { field, fieldLine, paragraph } from './text.js';

/**
 * `<intro>: name`, address, phone and e-mail, ID number. `area` gives the form to write each line in, so that
 * lines beside a picture (the QR code) can be narrower than the rest.
 */
export function partyBlock(target: Form | (() => Form), intro: string, party: PartyInfo): void {
  const area = typeof target === 'function' ? target : () => target;
  field(area(), intro, party.name);
  field(area(), 'Địa chỉ', party.address, { valueFace: 'regular' });
  fieldLine(area(), [
    ['Số điện thoại', party.phone],
    ['Email', party.email],
  ]);
  field(area(), 'Số giấy tờ tùy thân / mã số thuế', party.idNumber, { valueFace: 'regular' });
}

/** The components table: TT | name | originals | certified copies | copies. */
export function componentTable(form: Form, components: readonly ComponentLine[]): void {
  if (components.length === 0) {
    paragraph(form, '(Không có thành phần hồ sơ)', { face: 'italic', size: form.type.small });
    return;
  }
  const qty = (n: number) => (n > 0 ? count2(n) : '');
  table(
    form,
    [
      { header: 'TT', weight: 2.2, align: 'center' },
      { header: 'Tên loại giấy tờ', weight: 15 },
      { header: 'Bản chính', group: 'Số lượng', weight: 4, align: 'center' },
      { header: 'Bản sao chứng thực', group: 'Số lượng', weight: 5.5, align: 'center' },
      { header: 'Bản photo', group: 'Số lượng', weight: 4, align: 'center' },
    ],
    components.map((c, i) => [
      String(i + 1),
      c.name,
      qty(c.originals),
      qty(c.certifiedCopies),
      qty(c.copies),
    ]),
    { size: form.type.small, padding: 2.5 },
  );
}
