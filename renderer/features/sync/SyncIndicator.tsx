import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Badge, Button, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { combineLatest, map } from 'rxjs';
import { useObservable } from '../../app/use-observable';
import { useWorkstation } from '../../app/workstation-context';
import { t } from '../../i18n/zh-CN';
import { CLOCK_DRIFT_WARNING_MS } from '../../../sync/client/terminal-sync';

const clock = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour12: false }) : '');

/** Always-visible sync status with "send now" (Alt+S). */
export function SyncIndicator() {
  const { sync, db } = useWorkstation();
  const summary = useObservable(sync.summary$, null);
  const pending$ = useMemo(
    () =>
      combineLatest([db.applications.count().$, db.sync_receipts.count({ selector: { collectionName: 'applications' } }).$]).pipe(
        map(([apps, receipts]) => Math.max(0, apps - receipts)),
      ),
    [db],
  );
  const pending = useObservable(pending$, 0);
  const reachable = summary?.reachable ?? null;
  const icon = reachable === false ? <DisconnectOutlined /> : reachable ? <CloudOutlined /> : <CloudSyncOutlined />;
  const label = reachable === false ? t.syncOffline : reachable ? t.syncOnline : t.syncUnknown;
  const driftMinutes = summary?.clockDriftMs != null ? Math.round(summary.clockDriftMs / 60_000) : 0;
  const driftWarning = summary?.clockDriftMs != null && Math.abs(summary.clockDriftMs) > CLOCK_DRIFT_WARNING_MS;
  const detail = [
    summary?.lastSuccessAt ? t.syncLastSuccess(clock(summary.lastSuccessAt)) : '',
    summary?.lastError ? summary.lastError.message : '',
    summary?.nextRetryAt ? t.syncNextRetry(clock(summary.nextRetryAt)) : '',
    summary && !summary.streamConnected ? t.streamDown : '',
  ]
    .filter(Boolean)
    .join('；');
  return (
    <Space data-testid="sync-indicator" data-reachable={String(reachable)} data-pending={pending}>
      <Tooltip title={detail || undefined}>
        <Badge status={reachable === false ? 'error' : reachable ? 'success' : 'processing'} />
        <Typography.Text style={{ color: 'inherit', marginLeft: 6 }}>
          {icon} {label}
        </Typography.Text>
      </Tooltip>
      {driftWarning && (
        <Typography.Text type="danger" data-testid="clock-drift">
          {t.clockDrift(driftMinutes)}
        </Typography.Text>
      )}
      <Typography.Text type={pending > 0 ? 'warning' : 'secondary'} data-testid="sync-pending">
        {t.syncPending(pending)}
      </Typography.Text>
      <Button size="small" onClick={() => sync.sendNow()} accessKey="s" title="Alt+S">
        {t.sendNow}
      </Button>
    </Space>
  );
}
