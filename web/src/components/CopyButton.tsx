import { useState } from 'react';

/** Copies text to the clipboard; falls back to selecting the given input so Ctrl+C works. */
export function CopyButton({ text, label, inputId }: { text: string; label: string; inputId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      const input = inputId ? document.getElementById(inputId) : null;
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      setState('manual');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={copy}>
        {label}
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? 'Đã sao chép vào bộ nhớ tạm.' : null}
        {state === 'manual' ? 'Không sao chép tự động được: mã đã được chọn, hãy nhấn Ctrl+C.' : null}
      </span>
    </>
  );
}
