import { Empty, Table, Tag } from 'antd';
import { caseStatus } from '../../../shared/case/status';
import type { CaseEvent } from '../../../shared/case/case-event';
import { useMemo } from 'react';
import { maskName, maskResidentId } from '../../../shared/identity';
import type { Application } from '../../../shared/application/application';
import { receiptKey } from '../../../sync/client/receipts';
import { BLOB_RECEIPTS } from '../../../sync/client/blob-queue';
import { useObservable } from '../../app/use-observable';
import { useWorkstation } from '../../app/workstation-context';
import { t } from '../../i18n/zh-CN';
import { SyncStateTag } from '../sync/SyncStateTag';
import { displayedSyncState } from '../sync/sync-state';

/** Latest applications first, read by the ascending listKey index (a descending sort would scan: pitfalls.md). */
export function RecentApplications({ limit = 20 }: { limit?: number }) {
  const { db, sync } = useWorkstation();
  const apps$ = useMemo(() => db.applications.find({ sort: [{ listKey: 'asc' }], limit }).$, [db, limit]);
  const docs = useObservable(apps$, []);
  const rows: Application[] = useMemo(() => docs.map((d) => d.toJSON() as Application), [docs]);
  const receipts$ = useMemo(() => db.sync_receipts.findByIds(rows.map((r) => receiptKey('applications', r.id))).$, [db, rows]);
  const receipts = useObservable(receipts$, new Map());
  const live = useObservable(sync.byCollection.get('applications')?.recordStates$, new Map());
  const events$ = useMemo(() => db.case_events.find({ selector: { caseId: { $in: rows.map((r) => r.id) } } }).$, [db, rows]);
  const events = useObservable(events$, []);
  const materials$ = useMemo(() => db.materials.find({ selector: { applicationId: { $in: rows.map((r) => r.id) } } }).$, [db, rows]);
  const materials = useObservable(materials$, []);
  const fileKeys = useMemo(
    () => [...materials.map((m) => receiptKey('materials', m.id)), ...materials.flatMap((m) => m.files.map((f) => receiptKey(BLOB_RECEIPTS, f.sha256)))],
    [materials],
  );
  const fileReceipts$ = useMemo(() => db.sync_receipts.findByIds(fileKeys).$, [db, fileKeys]);
  const fileReceipts = useObservable(fileReceipts$, new Map());
  const completeness = (appId: string) => {
    const mine = materials.filter((m) => m.applicationId === appId);
    if (mine.length === 0) return null;
    const keys = [...mine.map((m) => receiptKey('materials', m.id)), ...mine.flatMap((m) => m.files.map((f) => receiptKey(BLOB_RECEIPTS, f.sha256)))];
    const arrived = keys.filter((k) => fileReceipts.has(k)).length;
    return { arrived, total: keys.length };
  };
  const statusByCase = useMemo(() => {
    const grouped = new Map<string, { type: CaseEvent['type']; at: string }[]>();
    for (const e of events) grouped.set(e.caseId, [...(grouped.get(e.caseId) ?? []), { type: e.type, at: e.at }]);
    return grouped;
  }, [events]);

  return (
    <Table<Application>
      data-testid="recent-applications"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: <Empty description={t.recentEmpty} /> }}
      onRow={(r) => ({ 'data-application-id': r.id }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t.colTime, dataIndex: 'createdAt', width: 100, render: (v: string) => new Date(v).toLocaleTimeString('zh-CN', { hour12: false }) },
        { title: t.colApplicant, key: 'name', render: (_, r) => maskName(r.applicant.name) },
        { title: t.colResidentId, key: 'rid', render: (_, r) => maskResidentId(r.applicant.residentId) },
        { title: t.colMatter, key: 'matter', render: (_, r) => r.matter.name },
        {
          title: t.colStatus,
          key: 'status',
          width: 120,
          render: (_, r) => {
            const status = caseStatus(statusByCase.get(r.id) ?? []);
            return <Tag data-case-status={status.type}>{status.label}</Tag>;
          },
        },
        {
          title: t.colSync,
          key: 'sync',
          width: 160,
          render: (_, r) => {
            const files = completeness(r.id);
            return (
              <>
                <SyncStateTag state={displayedSyncState(receipts.has(receiptKey('applications', r.id)), live.get(r.id))} />
                {files && (
                  <Tag color={files.arrived === files.total ? 'success' : 'processing'} data-files-complete={String(files.arrived === files.total)}>
                    {files.arrived === files.total ? t.filesComplete : t.filesUploading(files.arrived, files.total)}
                  </Tag>
                )}
              </>
            );
          },
        },
      ]}
    />
  );
}
