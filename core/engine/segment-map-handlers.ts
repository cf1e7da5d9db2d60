import { DEFAULT_SEGMENT_MAP, scaleSegmentMap } from '../rfm/default-settings.ts';
import { checkSegmentMap } from '../rfm/segment-map-check.ts';
import type { SegmentMap } from '../rfm/types.ts';
import type { EngineApi } from '../worker/engine-api.ts';

/** The segment map editor's helpers: pure, no data needed, so a page never bundles the RFM rules itself. */
export function segmentMapHandlers(): Pick<EngineApi, 'checkSegmentMap' | 'segmentMapFor'> {
  return {
    async checkSegmentMap(map, classes) {
      return checkSegmentMap(map, classes);
    },
    async segmentMapFor(classes, map?: SegmentMap) {
      return scaleSegmentMap(map ?? DEFAULT_SEGMENT_MAP, classes);
    },
  };
}
