import { Alert, Button, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PRINTER_TEST_CASE, type PrintJobInfo, type PrinterInfo } from '../../../shared/ipc';
import { useWorkstation } from '../../app/workstation-context';
import { t } from '../../i18n/zh-CN';
import { printWithBrowserDialog } from './browser-print';
import { printerTestPage } from './test-page';

const statusLook: Record<PrintJobInfo['status'], { color: string; text: string }> = {
  queued: { color: 'gold', text: t.printQueued },
  printing: { color: 'processing', text: t.printPrinting },
  printed: { color: 'success', text: t.printPrinted },
  failed: { color: 'error', text: t.printFailed },
  held: { color: 'default', text: t.printHeld },
};

/**
 * Printer choice (saved in terminal settings by the main process) and the print queue:
 * status of every job, retry, cancel, and 补打 with a reason that is audited.
 */
export function PrintDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { platform, terminal } = useWorkstation();
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [jobs, setJobs] = useState<PrintJobInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reprintOf, setReprintOf] = useState<PrintJobInfo | null>(null);
  const [reason, setReason] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [list, current, queue] = await Promise.all([
        platform.call('print.listPrinters', {}),
        platform.call('print.getPrinter', {}),
        platform.call('print.listJobs', { limit: 50 }),
      ]);
      setPrinters(list.printers);
      setChosen(current.printer);
      setJobs(queue.jobs);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [platform]);

  useEffect(() => {
    if (!open) return undefined;
    void refresh();
    const timer = setInterval(() => void refresh(), 2_000);
    return () => clearInterval(timer);
  }, [open, refresh]);

  // The test page goes to the chosen printer; without one (or without a print service) a
  // browser-mode workstation falls back to the browser's print dialog.
  const testPage = async () => {
    const pdf = await printerTestPage(terminal.terminalName, chosen);
    if (chosen) {
      let binary = '';
      pdf.forEach((b) => (binary += String.fromCharCode(b)));
      return act(() => platform.call('print.enqueue', { documentKind: 'printerTestPage', caseNumber: PRINTER_TEST_CASE, pdfBase64: btoa(binary), copies: 1 }));
    }
    if (platform.shell === 'browser') {
      printWithBrowserDialog(pdf);
      message.info(t.printDialogFallback);
    } else message.warning(t.printChoose);
  };

  const act = async (what: () => Promise<unknown>) => {
    try {
      await what();
      await refresh();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Drawer title={t.printTitle} open={open} onClose={onClose} width={860} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {error && <Alert type="error" showIcon message={t.printServiceError} description={error} />}
        <Form layout="inline">
          <Form.Item label={t.printPrinter}>
            <Select
              style={{ width: 320 }}
              value={chosen ?? undefined}
              placeholder={t.printChoose}
              data-testid="printer-select"
              options={printers.map((p) => ({
                value: p.name,
                label: `${p.name}${p.isDefault ? `（${t.printDefault}）` : ''}${p.online ? '' : `（${t.printOffline}）`}`,
              }))}
              onChange={(name: string) => void act(() => platform.call('print.setPrinter', { printer: name }))}
            />
          </Form.Item>
          <Button onClick={() => void refresh()}>{t.printRefresh}</Button>
          <Button onClick={() => void testPage()} data-testid="print-test-page">
            {t.printTestPage}
          </Button>
        </Form>
        {printers.length === 0 && !error && <Alert type="warning" showIcon message={t.printNoPrinters} />}
        <Table<PrintJobInfo>
          size="small"
          rowKey="id"
          dataSource={jobs}
          pagination={false}
          data-testid="print-jobs"
          columns={[
            { title: t.printColDoc, render: (_, j) => `${t.documentKinds[j.documentKind]}${j.reprint ? `（${t.printReprintMark}）` : ''}` },
            { title: t.printColCase, dataIndex: 'caseNumber' },
            { title: t.printColCopies, dataIndex: 'copies', width: 60 },
            {
              title: t.printColStatus,
              render: (_, j) => (
                <Space direction="vertical" size={0}>
                  <Tag color={statusLook[j.status].color} data-print-status={j.status}>
                    {statusLook[j.status].text}
                  </Tag>
                  {(j.lastError ?? j.notice) && <Typography.Text type="secondary">{j.lastError ?? j.notice}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t.printColActions,
              render: (_, j) => (
                <Space>
                  {(j.status === 'failed' || j.status === 'held') && <Button size="small" onClick={() => void act(() => platform.call('print.retry', { jobId: j.id }))}>{t.printRetry}</Button>}
                  {(j.status === 'queued' || j.status === 'failed') && <Button size="small" onClick={() => void act(() => platform.call('print.cancel', { jobId: j.id }))}>{t.printCancel}</Button>}
                  {j.status === 'printed' && (
                    <Button size="small" onClick={() => setReprintOf(j)}>
                      {t.printReprint}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Space>
      <Modal
        open={reprintOf !== null}
        title={t.printReprintTitle}
        okText={t.printReprint}
        okButtonProps={{ disabled: reason.trim().length < 2 }}
        onCancel={() => setReprintOf(null)}
        onOk={() => {
          const job = reprintOf;
          setReprintOf(null);
          setReason('');
          if (job) void act(() => platform.call('print.reprint', { jobId: job.id, reason: reason.trim(), copies: 1 }));
        }}
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t.printReprintReason} maxLength={200} autoFocus />
      </Modal>
    </Drawer>
  );
}
