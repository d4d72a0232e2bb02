import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';

function loginError(e: unknown): string {
  if (e instanceof ApiError && e.code === 'AUTH_INVALID_CREDENTIALS') {
    return e.message || 'Tên đăng nhập hoặc mật khẩu không đúng.';
  }
  return errorMessage(e);
}

export function LoginPage() {
  const { status, login, notice } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    document.title = 'Đăng nhập — MotCua';
    return () => {
      document.title = 'MotCua — Hệ thống một cửa';
    };
  }, []);

  if (status === 'authenticated' && !submitting) return <Navigate to={from} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError('Vui lòng nhập tên đăng nhập và mật khẩu.');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await login({ username: username.trim(), password });
      navigate(from === '/dang-nhap' ? '/' : from, { replace: true });
    } catch (err) {
      setLocked(err instanceof ApiError && err.code === 'AUTH_LOCKED');
      setError(loginError(err));
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-flag" aria-hidden="true" />
      <main className="login-card">
        <div className="login-brand">
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            MC
          </span>
          <h1>MotCua — Hệ thống thông tin giải quyết thủ tục hành chính</h1>
          <p className="muted">Dành cho cán bộ, công chức bộ phận Một cửa và các phòng chuyên môn</p>
        </div>
        {status === 'loading' ? <Loading label="Đang kiểm tra phiên làm việc…" /> : null}
        {notice && !error ? (
          <div className="alert alert-info" role="status">
            {notice}
          </div>
        ) : null}
        <ErrorAlert message={error} title={locked ? 'Tài khoản tạm thời bị khóa' : undefined} />
        <form onSubmit={onSubmit} noValidate>
          <TextField
            label="Tên đăng nhập"
            name="username"
            autoComplete="username"
            value={username}
            onValue={setUsername}
            autoFocus
          />
          <TextField
            label="Mật khẩu"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onValue={setPassword}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={submitting}>
            {submitting ? 'Đang đăng nhập…' : 'Đăng nhập'}
          </button>
        </form>
        <p className="login-help muted">
          Quên mật khẩu? Liên hệ quản trị đơn vị để được đặt lại. Không chia sẻ mật khẩu cho người khác.
        </p>
        <p className="login-help">
          <a href="/gui-phan-anh">Gửi phản ánh, kiến nghị không cần đăng nhập</a>
        </p>
      </main>
    </div>
  );
}
