import type { GeoPoint } from '../../core/item.js';

/** Photos within this distance of each other count as taken at the same spot. */
export const SPOT_RADIUS_M = 150;
/** How many photos at one spot make it look like home (or another place you are every day). */
export const MIN_PHOTOS_AT_SPOT = 5;
/** …taken on this many different days, when the dates are known: one night at a bar is not "home". */
export const MIN_DAYS_AT_SPOT = 3;

/** A photo's location, with the day it was taken (`YYYY-MM-DD`) when known. */
export interface PlacedPhoto extends GeoPoint {
  day?: string;
}

const EARTH_RADIUS_M = 6_371_000;

export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface FrequentSpot {
  center: GeoPoint;
  /** Photos within SPOT_RADIUS_M of the center. */
  photos: number;
  /** Different days those photos were taken on (0 when no dates are known). */
  days: number;
}

/**
 * Spots where at least `minPhotos` of the points lie within `radius` metres, on at least MIN_DAYS_AT_SPOT
 * different days when the points have dates: greedy, densest first, each point counted for one spot. Points are
 * bucketed on a ~radius grid so this stays near-linear for tens of thousands. Pass each photo once (the same
 * file posted three times is one photo).
 */
export function frequentSpots(
  points: readonly PlacedPhoto[],
  minPhotos = MIN_PHOTOS_AT_SPOT,
  radius = SPOT_RADIUS_M,
): FrequentSpot[] {
  const cellDeg = radius / 111_000;
  const key = (lat: number, lon: number) => `${lat},${lon}`;
  const cellOf = (p: GeoPoint) => [Math.floor(p.latitude / cellDeg), Math.floor(p.longitude / cellDeg)] as const;
  const grid = new Map<string, number[]>();
  points.forEach((point, index) => {
    const [lat, lon] = cellOf(point);
    const k = key(lat, lon);
    const cell = grid.get(k);
    if (cell) cell.push(index);
    else grid.set(k, [index]);
  });
  const neighbours = (point: GeoPoint): number[] => {
    const [lat, lon] = cellOf(point);
    // Longitude cells shrink towards the poles: widen the search there.
    const spanLon = Math.min(180, Math.ceil(1 / Math.max(0.05, Math.cos((point.latitude * Math.PI) / 180))));
    const out: number[] = [];
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -spanLon; dx <= spanLon; dx++)
        for (const index of grid.get(key(lat + dy, lon + dx)) ?? [])
          if (distanceMetres(point, points[index]!) <= radius) out.push(index);
    return out;
  };
  const candidates = points
    .map((point, index) => ({ index, near: neighbours(point) }))
    .filter((c) => c.near.length >= minPhotos)
    .sort((a, b) => b.near.length - a.near.length || a.index - b.index);
  const used = new Set<number>();
  const spots: FrequentSpot[] = [];
  for (const candidate of candidates) {
    if (used.has(candidate.index)) continue;
    const free = candidate.near.filter((index) => !used.has(index));
    if (free.length < minPhotos) continue;
    const days = new Set(free.map((index) => points[index]!.day).filter(Boolean)).size;
    const dated = free.filter((index) => points[index]!.day).length;
    if (dated >= minPhotos && days < MIN_DAYS_AT_SPOT) continue;
    free.forEach((index) => used.add(index));
    const center = {
      latitude: free.reduce((sum, i) => sum + points[i]!.latitude, 0) / free.length,
      longitude: free.reduce((sum, i) => sum + points[i]!.longitude, 0) / free.length,
    };
    spots.push({ center, photos: free.length, days });
  }
  return spots;
}

/** The frequent spot a point lies at, if any. */
export function spotAt(
  point: GeoPoint,
  spots: readonly FrequentSpot[],
  radius = SPOT_RADIUS_M,
): FrequentSpot | undefined {
  return spots.find((spot) => distanceMetres(point, spot.center) <= radius);
}
