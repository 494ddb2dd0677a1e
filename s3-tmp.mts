import { createMatterIndex } from './shared/catalog/search';
import { defaultCatalog } from './shared/catalog/data';
import { syntheticMatters } from './test/unit/shared/catalog/synthetic-catalog';
const big = [...defaultCatalog.matters, ...syntheticMatters(10000 - defaultCatalog.matters.length)];
const bigIdx = createMatterIndex(big);
const qs = ['hkqy','户口','hukou','h','x','s','GA-QR','330100','公安','gongjijin','qianyi','xkbg','许可','jianshegongcheng','lvxingshe','zz','grcb','bdczydj','zhuxiao','330100-BDC-QR-0001-02'];
for (let r=0;r<3;r++) for (const q of qs) bigIdx.search(q);
const all: number[] = [];
for (const q of qs) { const ts: number[] = []; for (let i=0;i<100;i++){ const t=performance.now(); bigIdx.search(q); ts.push(performance.now()-t);} ts.sort((a,b)=>a-b); all.push(...ts); console.log(q.padEnd(24), ts[50]!.toFixed(3), ts[95]!.toFixed(3)); }
all.sort((a,b)=>a-b); console.log('overall p50', all[Math.floor(all.length*0.5)]!.toFixed(3), 'p95', all[Math.floor(all.length*0.95)]!.toFixed(3));
