import { Button, Layout, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ReconciliationPanel } from '../features/sync/ReconciliationPanel';
import { PrintDrawer } from '../features/documents/PrintDrawer';
import { IntakeForm } from '../features/intake/IntakeForm';
import { RecentApplications } from '../features/intake/RecentApplications';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { t } from '../i18n/zh-CN';
import { useWorkstation } from './workstation-context';

export function AppShell() {
  const { terminal, platform } = useWorkstation();
  const [reconcileOpen, setReconcileOpen] = useState(false);
  const [printOpen, setPrintOpen] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#fff', borderBottom: '1px solid #eee' }}>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t.appTitle}
          </Typography.Title>
          <Tag data-testid="shell">{platform.shell === 'electron' ? t.shellElectron : t.shellBrowser}</Tag>
          <Typography.Text type="secondary">{terminal.terminalName}</Typography.Text>
        </Space>
        <Space>
          <SyncIndicator />
          <Button size="small" onClick={() => setReconcileOpen(true)} data-testid="reconcile-open">
            {t.reconcileOpen}
          </Button>
          <Button size="small" onClick={() => setPrintOpen(true)} data-testid="print-open">
            {t.printOpen}
          </Button>
        </Space>
      </Layout.Header>
      <ReconciliationPanel open={reconcileOpen} onClose={() => setReconcileOpen(false)} />
      <PrintDrawer open={printOpen} onClose={() => setPrintOpen(false)} />
      <Layout.Content style={{ padding: 24, display: 'grid', gap: 24, alignContent: 'start' }}>
        <IntakeForm />
        <RecentApplications />
      </Layout.Content>
    </Layout>
  );
}
