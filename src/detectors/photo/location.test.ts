import { describe, expect, it } from 'vitest';
import { distanceMetres, frequentSpots, spotAt } from './location.js';

const home = { latitude: 47.61495, longitude: -122.31952 };
const offset = (metresNorth: number, metresEast: number) => ({
  latitude: home.latitude + metresNorth / 111_320,
  longitude: home.longitude + metresEast / (111_320 * Math.cos((home.latitude * Math.PI) / 180)),
});

describe('frequentSpots', () => {
  it('measures distances in metres', () => {
    expect(distanceMetres(home, offset(100, 0))).toBeCloseTo(100, 0);
    expect(distanceMetres(home, offset(0, 1000))).toBeCloseTo(1000, -1);
  });

  it('finds the place where many photos were taken and ignores one-offs', () => {
    const points = [
      ...Array.from({ length: 8 }, (_, i) => offset((i % 3) * 30, (i % 4) * 25)),
      offset(5000, 0),
      offset(0, 9000),
      { latitude: 48.8566, longitude: 2.3522 },
    ];
    const spots = frequentSpots(points);
    expect(spots).toHaveLength(1);
    expect(spots[0]?.photos).toBe(8);
    expect(spotAt(offset(60, 40), spots)).toBeDefined();
    expect(spotAt(offset(400, 0), spots)).toBeUndefined();
  });

  it('needs at least five photos within 150 m', () => {
    expect(frequentSpots(Array.from({ length: 4 }, () => home))).toEqual([]);
    expect(frequentSpots(Array.from({ length: 5 }, (_, i) => offset(i * 200, 0)))).toEqual([]);
  });

  it('needs the photos on three different days when their dates are known', () => {
    const sameNight = Array.from({ length: 8 }, (_, i) => ({ ...offset(i * 10, 0), day: '2025-11-14' }));
    expect(frequentSpots(sameNight)).toEqual([]);
    const threeDays = Array.from({ length: 6 }, (_, i) => ({ ...offset(i * 10, 0), day: `2025-11-1${i % 3}` }));
    expect(frequentSpots(threeDays)[0]).toMatchObject({ photos: 6, days: 3 });
  });

  it('works across a grid cell edge and near the poles', () => {
    const north = { latitude: 78.2232, longitude: 15.6267 };
    const around = Array.from({ length: 6 }, (_, i) => ({
      latitude: north.latitude,
      longitude: north.longitude + i * 0.0004,
    }));
    expect(frequentSpots(around)[0]?.photos).toBe(6);
  });
});
