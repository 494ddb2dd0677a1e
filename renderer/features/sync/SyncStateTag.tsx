import { Tag, Tooltip } from 'antd';
import { t } from '../../i18n/zh-CN';
import type { DisplayedSyncState } from './sync-state';

const look = {
  local: { color: 'gold', text: t.stateLocal },
  sending: { color: 'processing', text: t.stateSending },
  acknowledged: { color: 'success', text: t.stateAcknowledged },
  error: { color: 'error', text: t.stateError },
} as const;

export function SyncStateTag({ state }: { state: DisplayedSyncState }) {
  const l = look[state.kind];
  const tag = (
    <Tag color={l.color} data-sync-state={state.kind}>
      {l.text}
    </Tag>
  );
  return state.kind === 'error' ? <Tooltip title={state.reason}>{tag}</Tooltip> : tag;
}
