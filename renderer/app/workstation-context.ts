import { createContext, useContext } from 'react';
import type { Workstation } from './boot';

export const WorkstationContext = createContext<Workstation | null>(null);

export function useWorkstation(): Workstation {
  const ws = useContext(WorkstationContext);
  if (!ws) throw new Error('useWorkstation outside WorkstationContext');
  return ws;
}
