import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one hub process (GET /metrics). One registry per app instance. */
export function createHubMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hub_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'hub_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    pushDuration: new Histogram({
      name: 'hub_push_duration_seconds',
      help: 'Push batch duration (validation excluded)',
      labelNames: ['collection'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    pushedDocuments: new Counter({ name: 'hub_pushed_documents_total', help: 'Documents written by pushes', labelNames: ['collection'], registers: [registry] }),
    pulledDocuments: new Counter({ name: 'hub_pulled_documents_total', help: 'Documents served by pulls', labelNames: ['collection'], registers: [registry] }),
    conflicts: new Counter({ name: 'hub_push_conflicts_total', help: 'Conflicts returned to terminals', labelNames: ['collection'], registers: [registry] }),
    streams: new Gauge({ name: 'hub_open_streams', help: 'Open change streams (SSE)', registers: [registry] }),
    problems: new Counter({ name: 'hub_problems_total', help: 'Problem responses by code', labelNames: ['code'], registers: [registry] }),
  };
}
export type HubMetrics = ReturnType<typeof createHubMetrics>;
