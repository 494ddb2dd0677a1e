/**
 * UI text, Simplified Chinese first. Components take text from here (via t()), so a
 * second language is a second dictionary of the same shape.
 */
export const zhCN = {
  appTitle: '一窗受理工作台',
  shellElectron: '桌面版',
  shellBrowser: '浏览器版（本机服务）',
  booting: '正在打开本机数据库…',
  bootFailed: '工作台无法启动',
  notEnrolled: '本终端尚未登记到中心，请联系信息技术人员进行终端登记。',
  intakeTitle: '新建申请',
  applicantName: '申请人姓名',
  applicantNamePlaceholder: '与身份证一致',
  residentId: '公民身份号码',
  residentIdPlaceholder: '18 位，末位可为 X',
  matter: '办理事项',
  matterPlaceholder: '输入事项名称、拼音首字母或编码',
  save: '保存申请',
  saveHint: '按 Enter 保存；Tab 切换输入框',
  saved: '已保存到本机',
  saveFailed: '保存失败，已填写的内容仍保留，请重试',
  recentTitle: '今日申请',
  recentEmpty: '还没有申请',
  colTime: '时间',
  colApplicant: '申请人',
  colResidentId: '身份证号',
  colMatter: '事项',
  colSync: '同步状态',
  colStatus: '办理状态',
  clockDrift: (minutes: number) => `本机时钟与中心相差约 ${minutes} 分钟，请联系信息技术人员校准`,
  streamDown: '实时通知未连接（仍会定时同步）',
  stateLocal: '本地已保存，待发送',
  stateSending: '发送中',
  stateAcknowledged: '中心已确认',
  stateError: '发送失败',
  syncOnline: '已连接中心',
  syncOffline: '离线工作中',
  syncUnknown: '正在连接中心',
  syncPending: (n: number) => `${n} 条待发送`,
  syncLastSuccess: (time: string) => `上次同步 ${time}`,
  syncNextRetry: (time: string) => `将于 ${time} 重试`,
  sendNow: '立即发送',
  nameRequired: '请填写申请人姓名',
  matterRequired: '请选择办理事项',
} as const;

export type Messages = typeof zhCN;
export const t: Messages = zhCN;
