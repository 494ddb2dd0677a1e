import { createMatterIndex } from './shared/catalog/search';
import { defaultCatalog } from './shared/catalog/data';
const idx = createMatterIndex(defaultCatalog.matters);
for (const q of ['hkqy','户口','hukou','hukouqy','qianyi','GA-QR','330100-gj','公安','公积金','gongjijin','gjj','ＨＫＱＹ',' 户口 ','sw','swhk','bdc','budongchan','BDC-QR-0001','330100-BDC-QR-0001-02','lv','nv','h','迁移','yb','sb','shebao','ylbx']) {
  const hits = idx.search(q, { limit: 6 });
  console.log(JSON.stringify(q), hits.map(h => `${h.matter.name}[${h.match}]`).join(' | '));
}
import { syntheticMatters } from './test/unit/shared/catalog/synthetic-catalog';
const big = [...defaultCatalog.matters, ...syntheticMatters(10000 - defaultCatalog.matters.length)];
let t = performance.now();
const bigIdx = createMatterIndex(big);
console.log('build', performance.now() - t);
const qs = ['hkqy','户口','hukou','h','x','s','GA-QR','330100','公安','gongjijin','qianyi','xkbg','许可','jianshegongcheng','lvxingshe','luxingshe','zz','grcb','bdczydj', 'yzgl', 'zhuxiao'];
for (const q of qs) { t = performance.now(); for (let i=0;i<50;i++) bigIdx.search(q); const hits = bigIdx.search(q,{limit:3}); console.log(q, ((performance.now()-t)/50).toFixed(3)+'ms', hits.map(h=>`${h.matter.name}[${h.match}]`).join(' | ')); }
