import type { CreatedApiToken } from '../../api/tokens';
import { CopyButton } from '../../components/CopyButton';

/** The new token's secret, shown once: it is never returned again by the server. */
export function CreatedTokenNotice({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  return (
    <section className="panel panel-highlight" aria-labelledby="created-token-title">
      <h2 id="created-token-title">Mã truy cập mới: {token.name}</h2>
      <div className="alert alert-warning" role="alert">
        <strong>Chỉ hiển thị một lần.</strong> Hãy sao chép mã này và lưu vào cấu hình của hệ thống kết nối
        ngay bây giờ. Sau khi đóng thông báo, MotCua không thể hiển thị lại mã; nếu làm mất, hãy thu hồi và
        tạo mã mới.
      </div>
      <div className="field">
        <label htmlFor="created-token-value">Mã truy cập</label>
        <input
          id="created-token-value"
          className="mono token-value"
          readOnly
          value={token.token}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="form-actions">
        <CopyButton text={token.token} label="Sao chép mã" inputId="created-token-value" />
        <button type="button" className="btn btn-secondary" onClick={onDismiss}>
          Tôi đã lưu mã, đóng thông báo
        </button>
      </div>
    </section>
  );
}
