/**
 * The key two issuer names are matched by, conservatively (precision first): full-width forms folded
 * and spaces dropped; 中共 before a Party committee and the 人民政府 / 政府 / 委 / 委员会 after a place
 * name dropped, so 汕尾市人民政府, 中共汕尾市委 + 汕尾市人民政府 and 汕尾市 all give 汕尾市. A
 * department keeps its full name (汕尾市司法局); a place without its 市/县/区 is not guessed at.
 */
import { splitIssuers } from '../document/detect';

const PLACE_ORGAN = /([省市县区州盟旗])(?:人民政府|政府|委员会|委)$/;

function partKey(part: string): string {
  const name = part.replace(/^中共/, '');
  return name.replace(PLACE_ORGAN, '$1');
}

export function issuerKey(name: string): string {
  const folded = name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  const parts = [...new Set(splitIssuers(folded).map(partKey))].filter((p) => p !== '');
  return parts.sort().join('+');
}
