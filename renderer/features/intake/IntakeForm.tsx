import { Alert, AutoComplete, Button, Card, Form, Input, Space, Typography, message } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { applicationSchema, listKeyFor, type Application } from '../../../shared/application/application';
import { parseResidentId } from '../../../shared/identity';
import { useWorkstation } from '../../app/workstation-context';
import { t } from '../../i18n/zh-CN';
import { matterSearch, type MatterOption } from './matter-search';
import { useIntakeDraft } from './use-intake-draft';

interface IntakeValues {
  name: string;
  residentId: string;
  matterQuery: string;
}

/**
 * Walking-skeleton intake: applicant, resident ID (validated as typed) and a matter
 * from the catalog. Saving writes to the local database only; the sync client takes
 * it from there, so saving works the same offline.
 */
export function IntakeForm() {
  const { db, terminal } = useWorkstation();
  const [form] = Form.useForm<IntakeValues>();
  const [matter, setMatter] = useState<MatterOption | null>(null);
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<InputRef>(null);
  const options = useMemo(() => matterSearch(query), [query]);
  const draft = useIntakeDraft(db);

  // Back into the draft after a crash or reload, with everything typed.
  useEffect(() => {
    if (!draft.restored) return;
    const v = draft.restored;
    form.setFieldsValue({ name: v.name ?? '', residentId: v.residentId ?? '', matterQuery: v.matterQuery ?? '' });
    if (v.matterCode && v.matterName) setMatter({ key: v.matterCode, code: v.matterCode, name: v.matterName, department: '' });
    message.info(t.draftRestored);
  }, [draft.restored, form]);

  const autosave = (next: { matter?: MatterOption | null } = {}) => {
    const values = form.getFieldsValue();
    const m = next.matter === undefined ? matter : next.matter;
    draft.save({
      name: values.name,
      residentId: values.residentId,
      matterQuery: values.matterQuery,
      ...(m ? { matterCode: m.code, matterName: m.name } : {}),
    });
  };

  const save = async (values: IntakeValues) => {
    const id = parseResidentId(values.residentId);
    if (!id.ok || !matter) return;
    setSaving(true);
    try {
      const now = new Date();
      const appId = draft.applicationId;
      const application: Application = applicationSchema.parse({
        id: appId,
        hallId: terminal.hallId,
        terminalId: terminal.terminalId,
        applicant: { kind: 'person', name: values.name.trim(), residentId: id.value.id },
        matter: { code: matter.code, name: matter.name },
        createdAt: now.toISOString(),
        listKey: listKeyFor(now.getTime(), appId),
      });
      // The draft's id makes a repeated save (double Enter, retry after a crash) harmless.
      if (!(await db.applications.findOne(appId).exec())) await db.applications.insert(application);
      await draft.finish();
      message.success(t.saved);
      form.resetFields();
      setMatter(null);
      setQuery('');
      nameRef.current?.focus();
    } catch (e) {
      console.error('save failed', e instanceof Error ? e.name : 'unknown');
      message.error(t.saveFailed);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t.intakeTitle} extra={<Typography.Text type="secondary">{t.saveHint}</Typography.Text>}>
      {draft.lockedElsewhere && <Alert type="warning" showIcon message={t.draftLockedElsewhere} style={{ marginBottom: 16 }} data-testid="draft-locked" />}
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={() => autosave()}
        requiredMark
        disabled={saving || !draft.ready || draft.lockedElsewhere}
        data-testid="intake-form"
      >
        <Space wrap size="large" align="start">
          <Form.Item name="name" label={t.applicantName} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
            <Input ref={nameRef} autoFocus placeholder={t.applicantNamePlaceholder} style={{ width: 200 }} maxLength={64} data-testid="applicant-name" />
          </Form.Item>
          <Form.Item
            name="residentId"
            label={t.residentId}
            validateTrigger={['onChange', 'onBlur']}
            rules={[
              {
                validator: async (_, v: string | undefined) => {
                  const r = parseResidentId(v ?? '');
                  if (!r.ok) throw new Error(r.message);
                },
              },
            ]}
          >
            <Input placeholder={t.residentIdPlaceholder} style={{ width: 240 }} maxLength={24} autoComplete="off" data-testid="resident-id" />
          </Form.Item>
          <Form.Item
            name="matterQuery"
            label={t.matter}
            rules={[{ validator: async () => { if (!matter) throw new Error(t.matterRequired); } }]}
          >
            <AutoComplete
              style={{ width: 360 }}
              placeholder={t.matterPlaceholder}
              options={options.map((o) => ({ value: o.key, label: `${o.name}（${o.department}）` }))}
              onSearch={(q) => {
                setQuery(q);
                setMatter(null);
                autosave({ matter: null });
              }}
              onSelect={(key: string) => {
                const picked = options.find((o) => o.key === key) ?? null;
                setMatter(picked);
                form.setFieldValue('matterQuery', picked?.name ?? '');
                autosave({ matter: picked });
                void form.validateFields(['matterQuery']);
              }}
              defaultActiveFirstOption
              data-testid="matter"
            />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-application">
          {t.save}
        </Button>
      </Form>
    </Card>
  );
}
