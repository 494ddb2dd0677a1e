import type { Bundle, Matter } from '../schema';
import { matterKey } from '../schema';
import { bankAccountAppointment } from './bank';
import { cremation, funeralSubsidy } from './civil-affairs';
import { birthMedicalCertificateIssuance, deathMedicalCertificateIssuance, vaccinationRecord } from './health';
import { accountSealing, deathWithdrawal, employerDepositRegistration, retirementWithdrawal } from './housing-fund';
import { employerInsuranceRegistration, funeralGrant, pensionTermination, retirement, socialSecurityCard } from './human-resources';
import { companyEstablishment, foodBusinessLicence, individualBusinessRegistration } from './market-regulation';
import { maternityBenefit, personalAccountInheritance, residentMedicalEnrolment } from './medical-insurance';
import { birthRegistration, deathDeregistration, sealEngraving } from './public-security';
import { resaleTransfer } from './real-estate';
import {
  invoiceIssuance,
  newTaxpayerConfirmation,
  residentMedicalPremium,
  resaleHousingTaxDeclaration,
  specialInvoiceLimitApproval,
} from './taxation';
import { broadbandTransfer, electricityTransfer, gasTransfer, waterTransfer } from './utilities';

/** 一件事 bundles (domain.md "一件事 bundles"); components are referenced by implementation code. */

const required = (m: Matter) => ({ matter: matterKey(m), optional: false });
const optional = (m: Matter) => ({ matter: matterKey(m), optional: true });
/** The same document as each listed matter names it: [matter, material id]. */
const sharedMaterial = (id: string, name: string, members: readonly (readonly [Matter, string])[]) => ({
  id,
  name,
  members: members.map(([m, material]) => ({ matter: matterKey(m), material })),
});

export const newbornBundle: Bundle = {
  code: '330100-YJS-001',
  name: '新生儿出生一件事',
  description:
    '新生儿出生后一次申请，联办出生医学证明、出生登记、预防接种证、城乡居民医保参保缴费、社会保障卡申领和生育保险待遇。父母身份证、户口簿、结婚证只需提供一次，出生医学证明签发后由其他事项通过电子证照调取。',
  components: [
    required(birthMedicalCertificateIssuance),
    required(birthRegistration),
    required(vaccinationRecord),
    required(residentMedicalEnrolment),
    required(residentMedicalPremium),
    required(socialSecurityCard),
    optional(maternityBenefit),
  ],
  sharedMaterials: [
    sharedMaterial('parents-id-cards', '父母（监护人）居民身份证', [
      [birthMedicalCertificateIssuance, 'parents-id-cards'],
      [birthRegistration, 'parents-id-cards'],
      [vaccinationRecord, 'guardian-id-card'],
      [residentMedicalEnrolment, 'guardian-id-card'],
      [residentMedicalPremium, 'guardian-id-card'],
      [socialSecurityCard, 'guardian-id-card'],
      [maternityBenefit, 'applicant-id-card'],
    ]),
    sharedMaterial('birth-medical-certificate', '出生医学证明', [
      [birthRegistration, 'birth-medical-certificate'],
      [vaccinationRecord, 'birth-medical-certificate'],
      [residentMedicalEnrolment, 'birth-medical-certificate'],
      [socialSecurityCard, 'birth-medical-certificate'],
      [maternityBenefit, 'birth-medical-certificate'],
    ]),
    sharedMaterial('household-register', '居民户口簿', [
      [birthRegistration, 'household-register'],
      [residentMedicalEnrolment, 'household-register'],
      [socialSecurityCard, 'household-register'],
    ]),
    sharedMaterial('marriage-certificate', '结婚证', [
      [birthRegistration, 'marriage-certificate'],
      [maternityBenefit, 'marriage-certificate'],
    ]),
  ],
};

export const businessStartBundle: Bundle = {
  code: '330100-YJS-002',
  name: '企业开办一件事',
  description:
    '企业设立登记后一次办结印章刻制、涉税信息确认和发票领用、单位参保登记、住房公积金缴存登记，并可预约银行开户。营业执照签发后各环节通过电子证照调取，经办人材料只需提供一次。',
  components: [
    required(companyEstablishment),
    required(sealEngraving),
    required(newTaxpayerConfirmation),
    required(invoiceIssuance),
    optional(specialInvoiceLimitApproval),
    required(employerInsuranceRegistration),
    required(employerDepositRegistration),
    optional(bankAccountAppointment),
  ],
  sharedMaterials: [
    sharedMaterial('business-licence', '营业执照', [
      [sealEngraving, 'business-licence'],
      [newTaxpayerConfirmation, 'business-licence'],
      [invoiceIssuance, 'business-licence'],
      [specialInvoiceLimitApproval, 'business-licence'],
      [employerInsuranceRegistration, 'business-licence'],
      [employerDepositRegistration, 'business-licence'],
      [bankAccountAppointment, 'business-licence'],
    ]),
    sharedMaterial('handler-id-card', '经办人居民身份证', [
      [companyEstablishment, 'handler-id-card'],
      [sealEngraving, 'handler-id-card'],
      [newTaxpayerConfirmation, 'handler-id-card'],
      [invoiceIssuance, 'handler-id-card'],
      [specialInvoiceLimitApproval, 'handler-id-card'],
      [employerInsuranceRegistration, 'handler-id-card'],
      [employerDepositRegistration, 'handler-id-card'],
      [bankAccountAppointment, 'handler-id-card'],
    ]),
    sharedMaterial('unit-authorisation', '单位授权委托书（写明全部开办事项）', [
      [companyEstablishment, 'unit-authorisation'],
      [sealEngraving, 'unit-authorisation'],
      [newTaxpayerConfirmation, 'unit-authorisation'],
      [invoiceIssuance, 'unit-authorisation'],
      [specialInvoiceLimitApproval, 'unit-authorisation'],
      [employerInsuranceRegistration, 'unit-authorisation'],
      [employerDepositRegistration, 'unit-authorisation'],
      [bankAccountAppointment, 'unit-authorisation'],
    ]),
    sharedMaterial('legal-rep-id-card', '法定代表人居民身份证', [
      [sealEngraving, 'legal-rep-id-card'],
      [bankAccountAppointment, 'legal-rep-id-card'],
    ]),
  ],
};

export const resaleHomeBundle: Bundle = {
  code: '330100-YJS-003',
  name: '二手房转移登记及水电气网联动过户一件事',
  description:
    '存量房交易税费申报与不动产转移登记一窗受理；登记受理后，买受人信息推送至供水、供电、燃气和广电网络企业联动过户，无需另行提交材料。',
  components: [
    required(resaleHousingTaxDeclaration),
    required(resaleTransfer),
    required(waterTransfer),
    required(electricityTransfer),
    optional(gasTransfer),
    optional(broadbandTransfer),
  ],
  sharedMaterials: [
    sharedMaterial('buyer-id-cards', '买受人居民身份证', [
      [resaleHousingTaxDeclaration, 'buyer-id-card'],
      [resaleTransfer, 'buyer-id-cards'],
      [waterTransfer, 'applicant-id-card'],
      [electricityTransfer, 'applicant-id-card'],
      [gasTransfer, 'applicant-id-card'],
      [broadbandTransfer, 'applicant-id-card'],
    ]),
    sharedMaterial('seller-id-cards', '出卖人居民身份证', [
      [resaleHousingTaxDeclaration, 'seller-id-card'],
      [resaleTransfer, 'seller-id-cards'],
    ]),
    sharedMaterial('seller-property-certificate', '出卖人不动产权证书', [
      [resaleHousingTaxDeclaration, 'property-certificate'],
      [resaleTransfer, 'property-certificate'],
    ]),
    sharedMaterial('sale-contract', '存量房买卖合同（网签备案）', [
      [resaleHousingTaxDeclaration, 'sale-contract'],
      [resaleTransfer, 'sale-contract'],
    ]),
    sharedMaterial('buyer-marriage-certificate', '买受人结婚证', [
      [resaleHousingTaxDeclaration, 'marriage-certificate'],
      [resaleTransfer, 'buyer-marriage-certificate'],
    ]),
    sharedMaterial('buyer-property-certificate', '买受人不动产权证书（转移登记后生成）', [
      [waterTransfer, 'property-certificate'],
      [electricityTransfer, 'property-certificate'],
      [gasTransfer, 'property-certificate'],
      [broadbandTransfer, 'property-certificate'],
    ]),
  ],
};

export const retirementBundle: Bundle = {
  code: '330100-YJS-004',
  name: '退休一件事',
  description: '职工退休申请与住房公积金账户封存、退休提取一次办理；退休核定后公积金提取通过人社数据共享确认，无需退休证明。',
  components: [required(retirement), required(accountSealing), required(retirementWithdrawal)],
  sharedMaterials: [
    sharedMaterial('applicant-id-card', '本人居民身份证', [
      [retirement, 'applicant-id-card'],
      [accountSealing, 'applicant-id-card'],
      [retirementWithdrawal, 'applicant-id-card'],
    ]),
    sharedMaterial('retirement-proof', '退休信息', [
      [accountSealing, 'retirement-proof'],
      [retirementWithdrawal, 'retirement-proof'],
    ]),
    sharedMaterial('bank-card', '本人社会保障卡或银行卡', [
      [retirement, 'bank-card'],
      [retirementWithdrawal, 'bank-card'],
    ]),
  ],
};

export const afterDeathBundle: Bundle = {
  code: '330100-YJS-005',
  name: '身后事一件事',
  description:
    '亲属一次申请，联办死亡医学证明、户口注销、遗体火化、惠民殡葬费用减免、养老保险待遇终止、丧葬补助金和抚恤金、医保个人账户继承及住房公积金提取。死亡证明、死者身份证和亲属关系证明只需提供一次。',
  components: [
    required(deathMedicalCertificateIssuance),
    required(deathDeregistration),
    required(cremation),
    optional(funeralSubsidy),
    optional(pensionTermination),
    optional(funeralGrant),
    optional(personalAccountInheritance),
    optional(deathWithdrawal),
  ],
  sharedMaterials: [
    sharedMaterial('applicant-id-card', '经办亲属居民身份证', [
      [deathMedicalCertificateIssuance, 'applicant-id-card'],
      [deathDeregistration, 'applicant-id-card'],
      [cremation, 'applicant-id-card'],
      [funeralSubsidy, 'applicant-id-card'],
      [pensionTermination, 'applicant-id-card'],
      [funeralGrant, 'applicant-id-card'],
      [personalAccountInheritance, 'applicant-id-card'],
      [deathWithdrawal, 'applicant-id-card'],
    ]),
    sharedMaterial('death-certificate', '居民死亡医学证明（推断）书', [
      [deathDeregistration, 'death-medical-certificate'],
      [cremation, 'death-medical-certificate'],
      [pensionTermination, 'death-proof'],
      [funeralGrant, 'death-proof'],
      [personalAccountInheritance, 'death-proof'],
      [deathWithdrawal, 'death-proof'],
    ]),
    sharedMaterial('police-death-certificate', '公安机关出具的死亡证明', [
      [deathDeregistration, 'police-death-certificate'],
      [cremation, 'police-death-certificate'],
    ]),
    sharedMaterial('deceased-id-card', '死者居民身份证', [
      [deathMedicalCertificateIssuance, 'deceased-id-card'],
      [deathDeregistration, 'deceased-id-card'],
      [cremation, 'deceased-id-card'],
    ]),
    sharedMaterial('household-register', '居民户口簿', [
      [deathDeregistration, 'household-register'],
      [funeralGrant, 'household-register'],
    ]),
    sharedMaterial('kinship-proof', '申请人与死者的亲属关系证明', [
      [funeralGrant, 'kinship-proof'],
      [personalAccountInheritance, 'kinship-proof'],
      [deathWithdrawal, 'kinship-proof'],
    ]),
    sharedMaterial('bank-card', '继承人（申领人）本人银行卡', [
      [funeralGrant, 'bank-card'],
      [personalAccountInheritance, 'bank-card'],
      [deathWithdrawal, 'bank-card'],
    ]),
  ],
};

export const restaurantBundle: Bundle = {
  code: '330100-YJS-006',
  name: '开办餐饮店一件事',
  description: '个体工商户设立登记与食品经营许可一次申请，营业执照签发后直接用于许可审查。',
  components: [required(individualBusinessRegistration), required(foodBusinessLicence)],
  sharedMaterials: [
    sharedMaterial('operator-id-card', '经营者居民身份证', [
      [individualBusinessRegistration, 'applicant-id-card'],
      [foodBusinessLicence, 'legal-rep-id-card'],
    ]),
  ],
};

export const bundles: readonly Bundle[] = [
  newbornBundle,
  businessStartBundle,
  resaleHomeBundle,
  retirementBundle,
  afterDeathBundle,
  restaurantBundle,
];
