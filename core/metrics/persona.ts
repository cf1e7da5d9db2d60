import { MAX_AGE, type PersonaBase } from './persona-base.ts';
import { forEachMember, type MemberSet } from '../segments/member-set.ts';

/** One value of a persona list: how many members (or orders) have it, and that as a share. */
export interface ValueShare {
  value: string;
  count: number;
  share: number;
}

/**
 * A segment's computed persona (issue #3). Shares of cities, interests and devices are of all
 * members (members without the attribute make the shares sum below 1); shares of categories and
 * channels are of the members' counted orders up to as-of. Lists hold the top values by count,
 * ties in code-unit order of the value, unknown (empty) values left out.
 */
export interface PersonaSummary {
  size: number;
  /**
   * Ages at the as-of date of members with a known birth date, by nearest rank (the ⌈q·n⌉-th
   * smallest), so every figure is an age someone has: p25–p75 is the "typical age range".
   */
  age?: { p25: number; median: number; p75: number; known: number };
  /** Shares of members; all 0 for an empty segment. */
  gender: { male: number; female: number; unknown: number };
  cities: ValueShare[];
  interests: ValueShare[];
  devices: ValueShare[];
  categories: ValueShare[];
  channels: ValueShare[];
  /** The members' counted orders up to as-of (the categories' and channels' denominator). */
  orders: number;
}

export function personaSummary(pb: PersonaBase, members: MemberSet, top = 5): PersonaSummary {
  const { metrics, age, gender, city, device, tagStart, tagCodes, orderCategory, orderChannel } = pb;
  const { live, orderStart } = metrics;
  const ages = new Int32Array(MAX_AGE + 1); // counting sort
  const cityCount = new Int32Array(pb.cities.length);
  const deviceCount = new Int32Array(pb.devices.length);
  const tagCount = new Int32Array(pb.tags.length);
  const categoryCount = new Int32Array(pb.categories.length);
  const channelCount = new Int32Array(pb.channels.length);
  let size = 0;
  let known = 0;
  let male = 0;
  let female = 0;
  let orders = 0;
  forEachMember(members, (c) => {
    if (c >= metrics.size || live[c] !== 1) return;
    size++;
    if (age[c] >= 0) {
      ages[age[c]]++;
      known++;
    }
    if (gender[c] === 1) male++;
    else if (gender[c] === 2) female++;
    if (city[c] >= 0) cityCount[city[c]]++;
    if (device[c] >= 0) deviceCount[device[c]]++;
    for (let k = tagStart[c]; k < tagStart[c + 1]; k++) tagCount[tagCodes[k]]++;
    for (let k = orderStart[c]; k < orderStart[c + 1]; k++) {
      categoryCount[orderCategory[k]]++;
      channelCount[orderChannel[k]]++;
    }
    orders += orderStart[c + 1] - orderStart[c];
  });
  const share = (n: number, of: number) => (of > 0 ? n / of : 0);
  // Order dictionaries keep index 0 for the empty value: never listed.
  categoryCount[0] = 0;
  channelCount[0] = 0;
  return {
    size,
    ...(known > 0 && { age: { p25: nearestRank(ages, known, 0.25), median: nearestRank(ages, known, 0.5), p75: nearestRank(ages, known, 0.75), known } }),
    gender: { male: share(male, size), female: share(female, size), unknown: share(size - male - female, size) },
    cities: topValues(cityCount, pb.cities, size, top),
    interests: topValues(tagCount, pb.tags, size, top),
    devices: topValues(deviceCount, pb.devices, size, top),
    categories: topValues(categoryCount, pb.categories, orders, top),
    channels: topValues(channelCount, pb.channels, orders, top),
    orders,
  };
}

/** The ⌈q·n⌉-th smallest value (at least the first) of a histogram over 0..histogram.length-1. */
function nearestRank(histogram: Int32Array, n: number, q: number): number {
  const rank = Math.max(1, Math.ceil(q * n));
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (seen >= rank) return v;
  }
  return histogram.length - 1;
}

function topValues(counts: Int32Array, values: readonly string[], of: number, top: number): ValueShare[] {
  const idx: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) idx.push(i);
  idx.sort((a, b) => counts[b] - counts[a] || (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
  return idx.slice(0, top).map((i) => ({ value: values[i], count: counts[i], share: counts[i] / of }));
}
