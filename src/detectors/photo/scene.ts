/** Cheap whole-image cues the rules weigh with the objects: how dark the photo is (bars, clubs, night). */
export interface SceneCues {
  /** Mean luma, 0 (black) to 1 (white), Rec. 601 weights. */
  brightness: number;
}

/** Pure: scene cues of an RGB buffer (3 bytes per pixel). */
export function sceneOf(rgb: Uint8Array): SceneCues {
  let sum = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3)
    sum += 0.299 * (rgb[i] as number) + 0.587 * (rgb[i + 1] as number) + 0.114 * (rgb[i + 2] as number);
  const pixels = Math.floor(rgb.length / 3);
  return { brightness: pixels ? Math.round((sum / pixels / 255) * 1000) / 1000 : 0 };
}
