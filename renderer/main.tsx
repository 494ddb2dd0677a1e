import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/AppShell';
import { bootWorkstation, type Workstation } from './app/boot';
import { WorkstationContext } from './app/workstation-context';
import { t } from './i18n/zh-CN';
import { createPlatform } from './platform';

type BootState = { phase: 'booting' } | { phase: 'ready'; ws: Workstation } | { phase: 'not-enrolled' } | { phase: 'failed'; message: string };

function Root() {
  const [state, setState] = useState<BootState>({ phase: 'booting' });
  useEffect(() => {
    bootWorkstation(createPlatform())
      .then((r) => setState('notEnrolled' in r ? { phase: 'not-enrolled' } : { phase: 'ready', ws: r }))
      .catch((e: unknown) => setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, []);
  if (state.phase === 'booting') return <Spin fullscreen tip={t.booting} />;
  if (state.phase === 'not-enrolled') return <Result status="warning" title={t.notEnrolled} />;
  if (state.phase === 'failed') return <Result status="error" title={t.bootFailed} subTitle={state.message} />;
  return (
    <WorkstationContext.Provider value={state.ws}>
      <AppShell />
    </WorkstationContext.Provider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontSize: 15 } }}>
      <AntApp>
        <Root />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
