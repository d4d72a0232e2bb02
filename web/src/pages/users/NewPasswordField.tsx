import { useState } from 'react';
import { Checkbox, TextField } from '../../components/Field';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#%+=?';

export function randomPassword(length = 14): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** A password set by an administrator for someone else: can be shown and generated. */
export function NewPasswordField({
  label,
  value,
  onValue,
  error,
}: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  error?: string | undefined;
}) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-field">
      <TextField
        label={label}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        onValue={onValue}
        error={error}
        hint="Ít nhất 10 ký tự. Cán bộ nên đổi mật khẩu sau lần đăng nhập đầu tiên."
        required
      />
      <div className="password-tools">
        <Checkbox label="Hiện mật khẩu" checked={visible} onChange={setVisible} />
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            onValue(randomPassword());
            setVisible(true);
          }}
        >
          Tạo mật khẩu ngẫu nhiên
        </button>
      </div>
    </div>
  );
}
