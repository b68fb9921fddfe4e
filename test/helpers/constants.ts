/** 12:00 on 10/12/2021 in Vietnam: before the 17:00 deadline of that day. */
export const TEST_NOW = new Date('2021-12-10T05:00:00Z');
export const TEST_TODAY = '2021-12-10';
export const TEMPLATE_DB = 'epicenter_test_template';
/** Quảng Ninh only, 30 days: enough history for outliers and week-on-week figures. */
export const TEST_SEED = { demo: true, demoDays: 30, demoProvinces: ['22'], demoRegisters: false };
export const PASSWORD = 'EpiCenter@2021';
