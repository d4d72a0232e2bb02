import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section className="panel">
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ bạn mở không tồn tại hoặc đã được thay đổi.</p>
      <p>
        <Link to="/">Quay về Bàn làm việc</Link>
      </p>
    </section>
  );
}
