import { Alert, Button, DatePicker, Descriptions, Drawer, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaDay } from '../../../shared/sync';
import { reconcileWithHub, type ReconciliationReport } from '../../../sync/client/reconcile';
import { useWorkstation } from '../../app/workstation-context';
import { t } from '../../i18n/zh-CN';

const COLLECTIONS = [
  { name: 'applications', label: '申请' },
  { name: 'case_events', label: '办件事件' },
  { name: 'materials', label: '材料' },
] as const;

/**
 * 对账: the supervisor proves that this terminal and the hub hold the same records for a
 * day — same count and same digest — collection by collection.
 */
export function ReconciliationPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { db, terminal } = useWorkstation();
  const [day, setDay] = useState<Dayjs>(dayjs(chinaDay(new Date().toISOString())));
  const [reports, setReports] = useState<(ReconciliationReport & { label: string })[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = day.format('YYYY-MM-DD');
      const out = [];
      for (const c of COLLECTIONS) {
        const report = await reconcileWithHub({ hubUrl: terminal.hubUrl, token: terminal.token }, db[c.name], c.name, terminal.terminalId, d);
        out.push({ ...report, label: c.label });
      }
      setReports(out);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const allAgree = reports.length > 0 && reports.every((r) => r.agree);
  return (
    <Drawer title={t.reconcileTitle} open={open} onClose={onClose} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t.reconcileTerminal}>{terminal.terminalName}</Descriptions.Item>
          <Descriptions.Item label={t.reconcileTerminalId}>{terminal.terminalId}</Descriptions.Item>
        </Descriptions>
        <Space>
          <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
          <Button type="primary" onClick={run} loading={busy} data-testid="reconcile-run">
            {t.reconcileRun}
          </Button>
        </Space>
        {error && <Alert type="error" showIcon message={t.reconcileFailed} description={error} />}
        {reports.length > 0 && (
          <Alert
            type={allAgree ? 'success' : 'warning'}
            showIcon
            data-testid="reconcile-result"
            data-agree={String(allAgree)}
            message={allAgree ? t.reconcileAgree : t.reconcileDisagree}
          />
        )}
        {reports.length > 0 && (
          <Table
            size="small"
            rowKey="collection"
            pagination={false}
            dataSource={reports}
            columns={[
              { title: t.reconcileCollection, dataIndex: 'label' },
              { title: t.reconcileLocal, render: (_, r) => r.local.count },
              { title: t.reconcileHub, render: (_, r) => r.hub.count },
              {
                title: t.reconcileDigest,
                render: (_, r) => (
                  <Typography.Text type={r.agree ? 'success' : 'danger'} copyable={{ text: `${r.local.digest} / ${r.hub.digest}` }}>
                    {r.agree ? `${r.local.digest.slice(0, 12)}… ✓` : `${r.local.digest.slice(0, 8)}… ≠ ${r.hub.digest.slice(0, 8)}…`}
                  </Typography.Text>
                ),
              },
            ]}
          />
        )}
      </Space>
    </Drawer>
  );
}
