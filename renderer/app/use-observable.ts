import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** Latest value of an observable, re-subscribing when it changes identity. */
export function useObservable<T>(source: Observable<T> | undefined, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (!source) return undefined;
    const sub = source.subscribe(setValue);
    return () => sub.unsubscribe();
  }, [source]);
  return value;
}
