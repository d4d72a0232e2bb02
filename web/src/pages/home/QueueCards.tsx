import { Link } from 'react-router-dom';
import { dossiersApi } from '../../api/dossiers';
import { LoadError, Loading } from '../../components/Alert';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const ALERT_QUEUES = new Set(['overdue']);
const WARN_QUEUES = new Set(['due_soon', 'supplement', 'payment']);

/** The officer's work queues with their counts; each card opens the console on that queue. */
export function QueueCards({ unitCode }: { unitCode: string | undefined }) {
  const queues = useApi((signal) => dossiersApi.queues(unitCode, signal), `home-queues:${unitCode ?? ''}`);
  if (queues.loading && !queues.data) return <Loading label="Đang đếm hồ sơ…" />;
  if (queues.error) return <LoadError error={queues.error} onRetry={queues.reload} />;
  const items = queues.data?.queues ?? [];
  return (
    <ul className="queue-cards">
      {items.map((q) => {
        const tone =
          q.count > 0 && ALERT_QUEUES.has(q.queue)
            ? ' is-alert'
            : q.count > 0 && WARN_QUEUES.has(q.queue)
              ? ' is-warn'
              : '';
        return (
          <li key={q.queue}>
            <Link
              to={q.queue === 'all' ? '/ho-so' : `/ho-so?queue=${q.queue}`}
              className={`queue-card${tone}`}
              aria-label={`${q.label}: ${formatNumber(q.count)} hồ sơ`}
            >
              <span className="queue-count">{formatNumber(q.count)}</span>
              <span className="queue-label">{q.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
