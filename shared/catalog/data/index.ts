import type { CatalogVersion, Matter } from '../schema';
import { bankMatters } from './bank';
import { bundles } from './bundles';
import { civilAffairsMatters } from './civil-affairs';
import { disabledPersonsMatters } from './disabled-persons';
import { healthMatters } from './health';
import { housingFundMatters } from './housing-fund';
import { humanResourcesMatters } from './human-resources';
import { marketRegulationMatters } from './market-regulation';
import { medicalInsuranceMatters } from './medical-insurance';
import { publicSecurityMatters } from './public-security';
import { realEstateMatters } from './real-estate';
import { taxationMatters } from './taxation';
import { utilityMatters } from './utilities';

/**
 * The catalog bundled with the workstation (杭州市, 330100), written from public domain
 * facts; the hub distributes newer versions (parsed with loadCatalog). Exporting it
 * costs nothing: it is validated by the schema in the tests, not at load time.
 * Codes follow ../codes.ts.
 */
export const defaultMatters: readonly Matter[] = [
  ...publicSecurityMatters,
  ...humanResourcesMatters,
  ...medicalInsuranceMatters,
  ...healthMatters,
  ...marketRegulationMatters,
  ...taxationMatters,
  ...realEstateMatters,
  ...housingFundMatters,
  ...civilAffairsMatters,
  ...disabledPersonsMatters,
  ...utilityMatters,
  ...bankMatters,
];

export const defaultCatalog: CatalogVersion = {
  version: '2025.06.1',
  publishedOn: '2025-06-01',
  matters: [...defaultMatters],
  bundles: [...bundles],
};
