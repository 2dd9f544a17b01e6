/** The level of government an issuer belongs to, read from its name. */
export type IssuerLevel = 'province' | 'city' | 'county' | 'township' | 'department';

/** 广东省人民政府, 中共广东省委, 广西壮族自治区人民政府, 北京市人民政府 … (no city or county inside). */
const PROVINCIAL = [
  /^(?:中共)?[\u4e00-\u9fff]{2,3}省(?:人民政府|委|委员会)?$/,
  /^(?:中共)?[\u4e00-\u9fff]{2,8}自治区(?:人民政府|委|委员会)?$/,
  /^(?:中共)?(?:北京|天津|上海|重庆)市(?:人民政府|委|委员会)?$/,
];
/** The government itself (or the party committee), not one of its departments. */
const GOVERNMENT = /(?:人民政府|政府|委员会|委)$|^[^局厅办部署]*[省市县区州盟旗镇乡]$|街道(?:办事处)?$/;
const DEPARTMENT = /(?:局|厅|办公室|办|部|署|委员会办公室|中心|支队|大队)$/;

function levelOf(issuer: string): IssuerLevel | undefined {
  const name = issuer.replace(/^中共/, '');
  if (PROVINCIAL.some((re) => re.test(issuer)) && !/[市县区州盟旗]/.test(name.replace(/^(?:北京|天津|上海|重庆)市/, '').replace(/自治区/, ''))) {
    return 'province';
  }
  if (DEPARTMENT.test(name) && !/(?:人民政府|政府)$/.test(name)) return 'department';
  if (!GOVERNMENT.test(name)) return undefined;
  const place = name.replace(/(?:人民政府|政府|委员会|委|办事处)$/, '');
  if (/(?:镇|乡|街道)$/.test(place)) return 'township';
  if (/(?:县|区|旗)$/.test(place) || /^[\u4e00-\u9fff]{2,}市[\u4e00-\u9fff]{2,}市$/.test(place)) return 'county';
  if (/(?:市|州|盟)$/.test(place)) return 'city';
  return undefined;
}

/**
 * Infer the issuers' level from their names (中共淮南市委 + 淮南市人民政府 → city). Joint issuers of
 * different levels, or names it cannot place, give undefined.
 */
export function inferIssuerLevel(issuers: readonly string[]): IssuerLevel | undefined {
  if (issuers.length === 0) return undefined;
  const levels = new Set(issuers.map(levelOf));
  if (levels.size !== 1) return undefined;
  return [...levels][0];
}
