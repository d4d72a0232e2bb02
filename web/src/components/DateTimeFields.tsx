import { useEffect, useState } from 'react';
import { formatLocalDate } from '../lib/format';
import { parseLocalDate, parseTime } from '../lib/parse';
import { TextField } from './Field';

type Props = {
  label: string;
  /** 'YYYY-MM-DD' (DateField) or 'HH:mm' (TimeField); anything else is text that did not parse. */
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
};

/**
 * A date typed as dd/mm/yyyy. Emits 'YYYY-MM-DD' when the text is a valid date, otherwise the raw text
 * (so the form can tell "empty" from "invalid").
 */
export function DateField({ label, value, onValue, error, hint, required }: Props) {
  const [text, setText] = useState(() => formatLocalDate(value));
  useEffect(() => {
    // Follow changes made by the form (prefill, reset) without fighting the officer's typing.
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocalDate(text) !== value : value === '' && text !== '') {
      setText(formatLocalDate(value));
    }
  }, [value, text]);
  return (
    <TextField
      label={label}
      value={text}
      onValue={(t) => {
        setText(t);
        onValue(parseLocalDate(t) ?? t.trim());
      }}
      onBlur={() => {
        const iso = parseLocalDate(text);
        if (iso) setText(formatLocalDate(iso));
      }}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      error={error}
      hint={hint ?? 'Ngày/tháng/năm, ví dụ 16/02/2026.'}
      required={required}
    />
  );
}

/** A 24-hour time typed as HH:mm. Emits 'HH:mm' when valid, otherwise the raw text. */
export function TimeField({ label, value, onValue, error, hint, required }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (/^\d{2}:\d{2}$/.test(value) ? parseTime(text) !== value : value === '' && text !== '') setText(value);
  }, [value, text]);
  return (
    <TextField
      label={label}
      value={text}
      onValue={(t) => {
        setText(t);
        onValue(parseTime(t) ?? t.trim());
      }}
      onBlur={() => {
        const hhmm = parseTime(text);
        if (hhmm) setText(hhmm);
      }}
      inputMode="numeric"
      placeholder="HH:mm"
      autoComplete="off"
      error={error}
      hint={hint ?? 'Giờ:phút theo 24 giờ, ví dụ 14:30.'}
      required={required}
    />
  );
}

export const isLocalDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
export const isTime = (v: string) => /^\d{2}:\d{2}$/.test(v);
