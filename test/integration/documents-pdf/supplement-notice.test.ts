/**
 * The one-time notice (一次性告知书) as printed: every material the applicant still owes
 * is in the PDF, and no material already provided (or fetched as an e-licence) is — a
 * missing line or an extra one breaks the "one time" promise.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSupplementNotice } from '../../../shared/documents';
import type { IntakeStatus } from '../../../shared/documents';
import { renderDocument } from '../../../shared/documents-pdf';
import { documentFonts } from '../../support/fonts';
import { allProvided, expectOk, foodLicenceCase, foodLicenceChecklist } from '../../unit/shared/documents/fixtures';
import { PdfFile, requirePoppler, squash } from './poppler';

const checklist = foodLicenceChecklist();
const paperItems = checklist.items.filter((i) => i.provision.kind === 'paper');
const otherItems = checklist.items.filter((i) => i.provision.kind !== 'paper');

type Fate = 'provided' | 'missing' | 'nonconforming';

async function printedText(fates: readonly Fate[]): Promise<string> {
  const overrides: Record<string, IntakeStatus> = {};
  paperItems.forEach((item, i) => {
    if (fates[i] === 'missing') overrides[item.materialId] = { kind: 'missing' };
    if (fates[i] === 'nonconforming') overrides[item.materialId] = { kind: 'nonconforming', problem: '复印件字迹不清', originals: 0, copies: 1 };
  });
  const model = expectOk(buildSupplementNotice(foodLicenceCase({ materials: allProvided(checklist, overrides) })));
  const { pdf } = await renderDocument(model, documentFonts());
  const file = new PdfFile(pdf);
  try {
    return squash(file.text().stdout);
  } finally {
    file.dispose();
  }
}

describe('补正材料通知书 as printed', () => {
  beforeAll(requirePoppler);

  it('lists exactly the outstanding materials, whatever is missing or nonconforming', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.constantFrom<Fate>('provided', 'missing', 'nonconforming'), { minLength: paperItems.length, maxLength: paperItems.length })
          .filter((fates) => fates.some((f) => f !== 'provided')),
        async (fates) => {
          const text = await printedText(fates);
          paperItems.forEach((item, i) => {
            if (fates[i] === 'provided') expect(text, `provided: ${item.name}`).not.toContain(squash(item.name));
            else expect(text, `outstanding: ${item.name}`).toContain(squash(item.name));
          });
          // The e-licence fetched from the library is never asked for.
          for (const item of otherItems) expect(text).not.toContain(squash(item.name));
          const outstanding = fates.filter((f) => f !== 'provided').length;
          expect(text).toContain(`共${outstanding}项`);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('says what is wrong with a nonconforming material and what a missing one needs', async () => {
    const fates: Fate[] = paperItems.map((_item, i) => (i === 0 ? 'missing' : i === 1 ? 'nonconforming' : 'provided'));
    const text = await printedText(fates);
    expect(text).toContain('未提交');
    expect(text).toContain('复印件字迹不清');
    expect(text).toContain(squash(paperItems[0]?.acceptanceStandard ?? '—'));
  });
});
